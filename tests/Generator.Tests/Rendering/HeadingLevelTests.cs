using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Headings inside a text nest below the event's or chapter's own heading, so the page keeps one outline.</summary>
public class HeadingLevelTests
{
    [Fact]
    public void An_events_headings_nest_below_its_h3_on_the_report_page_and_its_h1_on_its_own_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "---\nKonden", "---\n# Kop\n\n## Maart\n\n### Drie\n\n###### Zes\n\nKonden");
        site.BuildSuccessfully();

        var report = site.Page();
        var article = report.GetElementById("samenvoeging-ind-loketten")!;
        Assert.Equal(["H3", "H4", "H5", "H6", "H6"], article.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        Assert.Equal(["Kop", "Maart", "Drie", "Zes"], article.QuerySelectorAll("h4, h5, h6").Select(h => h.TextContent));
        Assert.Single(report.QuerySelectorAll("h2"), h => h.TextContent == "Maart"); // the month, not the event's heading

        var page = site.Page("2022/02/samenvoeging-ind-loketten/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.DoesNotContain(page.QuerySelectorAll("main h2, main h3"), h => h.TextContent is "Kop" or "Maart");
        Assert.Equal("H4", page.QuerySelectorAll("h4").Single(h => h.TextContent == "Kop").TagName);
    }

    [Fact]
    public void A_chapters_headings_nest_below_its_h2()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/sections/duurzaamheid.md", "---\n- De IND", "---\n# Doelen\n\n## CO2\n\n- De IND");
        site.BuildSuccessfully();

        var report = site.Page();
        var chapterHeading = report.GetElementById("duurzaamheid-titel")!;
        Assert.Equal("H2", chapterHeading.TagName);
        Assert.Equal("H3", report.QuerySelectorAll("h3").Single(h => h.TextContent == "Doelen").TagName);
        Assert.Equal("H4", report.QuerySelectorAll("h4").Single(h => h.TextContent == "CO2").TagName);
        Assert.Single(report.QuerySelectorAll("h1"));
    }
}
