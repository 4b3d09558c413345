using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

public class DraftAndBaseUrlTests
{
    private const string Loketten = "input/2022/events/2022-02-07-samenvoeging-ind-loketten.md";

    [Fact]
    public void A_draft_is_left_out_of_the_build_entirely()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Loketten, "month: februari", "month: februari\ndraft: true");
        site.Edit("input/site.yml", "language: nl", "language: nl\nbase_url: https://example.org/jaarverslag/");
        var result = site.BuildSuccessfully();

        Assert.Equal(23, result.EventCount);
        Assert.Null(site.Page().GetElementById("samenvoeging-ind-loketten"));
        Assert.DoesNotContain("samenvoeging", site.Read("output/2022/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("samenvoeging", site.Read("output/sitemap.xml"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "2022/02/samenvoeging-ind-loketten")));
        Assert.Equal("../../../2022/02/ind-begint-met-eigen-woordvoering/index.html",
            site.Page("2022/02/eerste-werkdag-voor-dg-ind-rhodia-maas/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Draft_must_be_true_or_false()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Loketten, "month: februari", "month: februari\ndraft: ja");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(new SourceLocation(Loketten, 5, 8), error.Location);
        Assert.Equal("RPT114", error.Code);
        Assert.Equal("'draft' must be true or false, not 'ja' (YAML's words for yes and no: write true or false).", error.Message);
    }

    [Fact]
    public void Without_a_base_url_there_is_no_canonical_link_and_no_sitemap()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        Assert.Null(site.Page().QuerySelector("link[rel=canonical]"));
        Assert.DoesNotContain("sitemap.xml", site.OutputFiles());
    }

    [Fact]
    public void A_base_url_gives_canonical_links_and_a_sitemap_while_page_links_stay_relative()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nbase_url: https://example.org/jaarverslag");
        site.BuildSuccessfully();

        Assert.Equal("https://example.org/jaarverslag/2022/", site.Page().QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/jaarverslag/", site.Page("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var page = site.Page("2022/03/russische-inval-in-oekraine/index.html");
        Assert.Equal("https://example.org/jaarverslag/2022/03/russische-inval-in-oekraine/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("../../../assets/style.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        var sitemap = System.Xml.Linq.XDocument.Parse(site.Read("output/sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(26, locations.Count); // the overview, the report of 2022 and its 24 events
        Assert.Equal("https://example.org/jaarverslag/", locations[0]);
        Assert.Equal("https://example.org/jaarverslag/2022/", locations[1]);
        Assert.Contains("https://example.org/jaarverslag/2022/12/het-aantal-aanvragen-blijft-stijgen/", locations);
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nbase_url: https://example.org/oud/");
        var result = site.Run("build", "--base-url", "https://voorbeeld.nl/jaaroverzicht-2022/");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("https://voorbeeld.nl/jaaroverzicht-2022/2022/", site.Page().QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("jaarverslag/")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?x=1")]
    public void A_base_url_that_is_not_an_absolute_http_address_is_an_error(string value)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", $"language: nl\nbase_url: \"{value}\"");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.BaseUrlInvalid, error.Code);
        Assert.Equal(6, error.Location!.Line);
    }
}
