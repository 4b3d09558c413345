using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>A draft year (<c>draft: true</c> in its report.yml) that is shown, by <c>serve</c> or <c>build --drafts</c>,
/// is marked "concept" on its own page and on its card in the overview; a published year never is.</summary>
public class DraftYearMarkedTests
{
    private static TestSite ThreeYearsWith2029AsDraft()
    {
        var site = TestSite.FromFixture("three-years");
        site.Edit("input/2029/report.yml", "title: Jaaroverzicht 2029", "title: Jaaroverzicht 2029\ndraft: true");
        return site;
    }

    private static void AssertMarked(IHtmlDocument overview, IHtmlDocument yearPage, IHtmlDocument otherYearPage)
    {
        Assert.Equal("concept", overview.QuerySelector("#jaar-2029 h2 .badge")?.TextContent);
        Assert.Null(overview.QuerySelector("#jaar-2028 .badge"));
        Assert.Null(overview.QuerySelector("#jaar-2030 .badge"));
        Assert.Equal("concept", yearPage.QuerySelector("h1 .badge")?.TextContent);
        Assert.Null(otherYearPage.QuerySelector("h1 .badge"));
    }

    [Fact]
    public void Build_with_drafts_marks_the_draft_year_concept_in_the_overview_and_on_its_page()
    {
        using var site = ThreeYearsWith2029AsDraft();
        var result = site.Run("build", "--drafts");
        Assert.Equal(0, result.ExitCode);

        AssertMarked(site.Page("index.html"), site.Page("2029/index.html"), site.Page("2030/index.html"));
    }

    [Fact]
    public void The_preview_marks_the_draft_year_concept_in_the_overview_and_on_its_page()
    {
        using var site = ThreeYearsWith2029AsDraft();
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false, IncludeDrafts = true };
        var preview = new PreviewSession(options, new StringWriter(), new StringWriter()).Rebuild(null);
        Assert.False(preview.Failed, string.Join("\n", preview.Errors));

        var parser = new HtmlParser();
        AssertMarked(parser.ParseDocument(preview.Pages["index.html"]), parser.ParseDocument(preview.Pages["2029/index.html"]),
            parser.ParseDocument(preview.Pages["2030/index.html"]));
    }

    [Fact]
    public void A_published_year_is_not_marked()
    {
        using var site = TestSite.FromFixture("three-years");
        site.BuildSuccessfully();
        Assert.Empty(site.Page("index.html").QuerySelectorAll(".badge"));
        Assert.Null(site.Page("2029/index.html").QuerySelector("h1 .badge"));
    }
}
