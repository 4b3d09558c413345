using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>site.yml's <c>language</c>: a Dutch language tag, from which the page's lang, og:locale and the feed's language all come.</summary>
public class SiteLanguageTests
{
    [Theory]
    [InlineData("klingon")]
    [InlineData("\"nl<x\"")]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("de")]
    [InlineData("NL")]
    [InlineData("nl_NL")]
    [InlineData("nl-nl")]
    [InlineData("nl-")]
    [InlineData("nl-BE-x")]
    public void A_language_that_is_not_a_Dutch_language_tag_is_an_error_at_its_value(string written)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: " + written);
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RPT402", error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation("input/site.yml", LineOf(site, "language:"), 11), error.Location);
        Assert.StartsWith("'language' must be Dutch, written as a language tag: nl, or nl with a country such as nl-NL or nl-BE", error.Message, StringComparison.Ordinal);
        Assert.Contains("Write language: nl", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    [Theory]
    [InlineData("nl", "nl_NL")]
    [InlineData("nl-BE", "nl_BE")]
    [InlineData("nl-SR", "nl_SR")]
    public void The_page_language_og_locale_and_feed_language_come_from_the_one_setting(string language, string locale)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: " + language);
        site.BuildSuccessfully();

        foreach (var page in new[] { "index.html", "2022/index.html", "2022/03/russische-inval-in-oekraine/index.html" })
        {
            var html = site.Page(page);
            Assert.Equal(language, html.DocumentElement.GetAttribute("lang"));
            Assert.Equal(locale, html.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        }

        var feed = System.Xml.Linq.XDocument.Parse(site.Read("output/feed.xml"));
        Assert.Equal(language, feed.Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
    }

    [Fact]
    public void Without_a_language_the_site_is_Dutch_of_the_Netherlands()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl\n", "");
        site.BuildSuccessfully();
        Assert.Equal("nl", site.Page().DocumentElement.GetAttribute("lang"));
        Assert.Equal("nl_NL", site.Page().QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
    }

    private static int LineOf(TestSite site, string start) =>
        site.Read("input/site.yml").Split('\n').ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
}
