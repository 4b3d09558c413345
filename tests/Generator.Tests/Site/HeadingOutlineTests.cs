using AngleSharp.Html.Parser;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>
/// Every generated page keeps one outline (WCAG 1.3.1): one h1, first, and no heading more than one level below the
/// heading before it, on the real report, on a site whose texts have headings and tables, and on a site of several years.
/// </summary>
public class HeadingOutlineTests
{
    [Fact]
    public void No_page_of_the_real_report_skips_a_heading_level()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        AssertEveryPageKeepsOneOutline(site, minimumPages: Directory.GetFiles(Path.Combine(site.Year, "events")).Length + 2);
    }

    [Fact]
    public void No_page_skips_a_heading_level_when_events_and_chapters_have_headings_of_every_allowed_depth()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "---\nKonden",
            "---\n# Loketten\n\n## Klanten\n\n### Per loket\n\n| Loket | Klanten |\n|:--|--:|\n| Zwolle | 12 |\n\n## Openingstijden\n\n# Daarna\n\nKonden");
        var cultuur = site.Read("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md");
        var body = cultuur.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        site.Write("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", cultuur[..body] + "Inleiding\n=========\n\nEen tekst.\n\nOnderzoek\n---------\n\n" + cultuur[body..]);
        site.Edit("input/2022/sections/duurzaamheid.md", "---\n- De IND", "---\n# Doelen\n\n## CO2\n\n### Uitstoot\n\n#### Per reis\n\n# Maatregelen\n\n- De IND");
        site.BuildSuccessfully();

        var headingsInTexts = AssertEveryPageKeepsOneOutline(site, minimumPages: Directory.GetFiles(Path.Combine(site.Year, "events")).Length + 2);
        Assert.True(headingsInTexts >= 5 + 4 + 2, $"only {headingsInTexts} headings below h3 were seen");
    }

    [Fact]
    public void No_page_of_a_site_of_three_years_skips_a_heading_level()
    {
        using var site = TestSite.FromFixture("three-years");
        site.Write("input/2030/events/2030-07-04-zomerfeest-2030.md", "---\ntitle: Zomerfeest 2030\ndate: 2030-07-04\n---\n# Programma\n\n## Middag\n\nTekst.\n");
        site.BuildSuccessfully();
        Assert.Contains("index.html", site.OutputFiles());
        AssertEveryPageKeepsOneOutline(site, minimumPages: 4);
    }

    /// <returns>How many headings deeper than h3 the pages have, to show that the texts' headings were looked at.</returns>
    private static int AssertEveryPageKeepsOneOutline(TestSite site, int minimumPages)
    {
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= minimumPages, $"only {pages.Count} pages");
        var deep = 0;
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var levels = parser.ParseDocument(site.Read("output/" + page)).QuerySelectorAll("h1, h2, h3, h4, h5, h6")
                .Select(h => (Level: h.TagName[1] - '0', Text: h.TextContent.Trim())).ToList();
            Assert.True(levels.Count > 0 && levels[0].Level == 1, $"{page} does not start its outline with an h1");
            Assert.Single(levels, h => h.Level == 1);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i].Level <= levels[i - 1].Level + 1,
                    $"{page}: h{levels[i].Level} '{levels[i].Text}' follows h{levels[i - 1].Level} '{levels[i - 1].Text}', skipping a level");
            }

            deep += levels.Count(h => h.Level > 3);
        }

        return deep;
    }
}
