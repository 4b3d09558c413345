using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// Headings inside a text nest below the heading it is shown under on each page (the event's h3 on the report page, its
/// h1 on its own page, a chapter's h2), and a text's headings that would skip a level are RPT512 at the heading.
/// </summary>
public class HeadingLevelTests
{
    private const string Event = "input/2022/events/2022-02-07-samenvoeging-ind-loketten.md";
    private const string Chapter = "input/2022/sections/duurzaamheid.md";

    [Fact]
    public void An_events_headings_nest_below_its_h3_on_the_report_page_and_below_its_h1_on_its_own_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "---\nKonden", "---\n# Kop\n\n## Maart\n\n### Drie\n\n## Weer twee\n\nKonden");
        site.BuildSuccessfully();

        var report = site.Page();
        var article = report.GetElementById("samenvoeging-ind-loketten")!;
        Assert.Equal(["H3", "H4", "H5", "H6", "H5"], article.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        Assert.Equal(["Kop", "Maart", "Drie", "Weer twee"], article.QuerySelectorAll("h4, h5, h6").Select(h => h.TextContent));
        Assert.Single(report.QuerySelectorAll("h2"), h => h.TextContent == "Maart"); // the month, not the event's heading

        var page = site.Page("2022/02/samenvoeging-ind-loketten/index.html");
        var headings = page.QuerySelector("article")!.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.TagName, h.TextContent.Trim())).ToList();
        Assert.Equal([("H1", "Samenvoeging IND-loketten"), ("H2", "Kop"), ("H3", "Maart"), ("H4", "Drie"), ("H3", "Weer twee")], headings);

        // The data files carry the text as the report page shows it.
        Assert.Contains("<h4>Kop</h4>", site.Read("output/2022/events.json").Replace("\\u003C", "<", StringComparison.Ordinal).Replace("\\u003E", ">", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapters_headings_nest_below_its_h2()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Chapter, "---\n- De IND", "---\n# Doelen\n\n## CO2\n\n### Uitstoot\n\n#### Per reis\n\n- De IND");
        site.BuildSuccessfully();

        var report = site.Page();
        Assert.Equal("H2", report.GetElementById("duurzaamheid-titel")!.TagName);
        Assert.Equal(["H3", "H4", "H5", "H6"], new[] { "Doelen", "CO2", "Uitstoot", "Per reis" }.Select(t => report.QuerySelectorAll("main *").Single(h => h.TextContent == t).TagName));
        Assert.Single(report.QuerySelectorAll("h1"));
    }

    [Fact]
    public void A_tables_name_is_its_headings_text_on_both_pages_whatever_the_level()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "---\nKonden", "---\n# Loketten\n\n## Klanten per *loket*\n\n| Loket | Klanten |\n|:--|--:|\n| Zwolle | 12 |\n\nKonden");
        site.BuildSuccessfully();

        foreach (var page in new[] { "2022/index.html", "2022/02/samenvoeging-ind-loketten/index.html" })
        {
            var table = site.Page(page).QuerySelectorAll("main table:not(.finance-table)").Single();
            Assert.Equal("Klanten per loket", table.GetAttribute("aria-label"));
        }
    }

    /// <summary>Each heading that would skip a level on some page is an error at its line and column with the fix; all at once.</summary>
    [Theory]
    [InlineData(Event, "## Kop\n\nTekst.", 6, 1, "The heading '## Kop' is the text's first, so it must be '# Kop'")]
    [InlineData(Event, "### Kop", 6, 1, "The heading '### Kop' is the text's first, so it must be '# Kop'")]
    [InlineData(Event, "Kop\n---", 6, 1, "The heading 'Kop' (underlined with '---', a level-2 heading like '## Kop') is the text's first, so it must be '# Kop'")]
    [InlineData(Event, "> ## In een citaat", 6, 3, "The heading '## In een citaat' is the text's first")]
    [InlineData(Event, "# Een\n\n### Drie", 8, 1, "The heading '### Drie' skips a level after the heading '# Een' on line 6, so screen readers find a level missing. Write it as '## Drie'")]
    [InlineData(Event, "# Een\n\n## Twee\n\n#### Vier", 10, 1, "The heading '#### Vier' is too deep for its page: this text is shown under an h3 and HTML stops at h6, so its headings go from '#' to '###' at most.")]
    [InlineData(Event, "{{ site.year }}\n{{ site.year }}\n\n## Kop", 9, 1, "The heading '## Kop' is the text's first")]
    [InlineData(Chapter, "# Een\n\n## Twee\n\n### Drie\n\n#### Vier\n\n##### Vijf", 13, 1, "this text is shown under an h2 and HTML stops at h6, so its headings go from '#' to '####' at most.")]
    [InlineData(Chapter, "# Een\n\n#### Vier", 7, 1, "The heading '#### Vier' skips a level after the heading '# Een' on line 5")]
    public void A_heading_that_skips_a_level_is_RPT512_at_the_heading(string file, string headings, int line, int column, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        var content = site.Read(file);
        var end = content.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        site.Write(file, content[..end] + headings + "\n\n" + content[end..]);

        var result = site.Build();
        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.HeadingSkipsLevel, Severity.Error, new SourceLocation(file, line, column)), (error.Code, error.Severity, error.Location));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_heading_that_skips_a_level_in_a_build_is_reported_at_once()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "---\nKonden", "---\n## Een\n\n#### Drie\n\nKonden");
        site.Edit(Chapter, "---\n- De IND", "---\n### Doelen\n\n- De IND");
        var found = site.Build().Diagnostics.Select(d => (d.Code, d.Location!.Path, d.Location.Line)).ToList();
        Assert.Equal(
            [(DiagnosticCodes.HeadingSkipsLevel, Event, 6), (DiagnosticCodes.HeadingSkipsLevel, Event, 8), (DiagnosticCodes.HeadingSkipsLevel, Chapter, 5)],
            found.Order());
    }
}
