using Generator.Writing.Pdf;

namespace Generator.Tests.Writing;

public class PrintLinksTests
{
    private const string Base = "https://example.org/jaaroverzicht-2022/";

    [Theory]
    [InlineData("#maart", null, "#maart")]
    [InlineData("index.html#maart", null, "#maart")]
    [InlineData("./index.html#baten-en-lasten", Base, "#baten-en-lasten")]
    [InlineData("2022/03/inval/index.html", Base, "https://example.org/jaaroverzicht-2022/2022/03/inval/index.html")]
    [InlineData("2022/03/inval/index.html#x", Base, "https://example.org/jaaroverzicht-2022/2022/03/inval/index.html#x")]
    [InlineData("finance.csv", Base, "https://example.org/jaaroverzicht-2022/finance.csv")]
    [InlineData("index.html", Base, "https://example.org/jaaroverzicht-2022/index.html")]
    [InlineData("https://ind.nl/", null, "https://ind.nl/")]
    [InlineData("mailto:pers@ind.nl", null, "mailto:pers@ind.nl")]
    [InlineData("2022/03/inval/index.html", null, null)]
    [InlineData("finance.csv", null, null)]
    [InlineData("index.html", null, null)]
    public void A_link_jumps_inside_the_PDF_goes_to_the_published_site_or_is_left_as_text(string href, string? baseUrl, string? expected) =>
        Assert.Equal(expected, PrintLinks.Target(href, baseUrl));

    [Fact]
    public void Without_a_base_url_a_link_to_a_page_becomes_its_text_and_other_links_are_kept()
    {
        const string html = """<h3 id="x-titel"><a href="2022/03/x/index.html">Inval &amp; <em>opvang</em></a></h3><p><a href="#maart">maart</a> en <abbr title="a">IND</abbr></p>""";
        Assert.Equal("""<h3 id="x-titel">Inval &amp; <em>opvang</em></h3><p><a href="#maart">maart</a> en <abbr title="a">IND</abbr></p>""",
            PrintLinks.Rewrite(html, null));
    }

    [Fact]
    public void With_a_base_url_a_link_to_a_page_becomes_absolute_and_keeps_its_other_attributes()
    {
        const string html = """<A class="t" HREF='2022/03/x/index.html?a=1&amp;b=2' title="a > b">Inval</A>""";
        Assert.Equal("""<A class="t" href="https://example.org/jaaroverzicht-2022/2022/03/x/index.html?a=1&amp;b=2" title="a > b">Inval</A>""",
            PrintLinks.Rewrite(html, Base));
    }

    [Fact]
    public void A_link_within_the_report_page_jumps_to_its_part()
    {
        const string html = """<a href="index.html#baten-en-lasten">de cijfers</a>""";
        Assert.Equal("""<a href="#baten-en-lasten">de cijfers</a>""", PrintLinks.Rewrite(html, null));
    }

    [Fact]
    public void The_real_report_page_keeps_no_relative_link_to_another_file()
    {
        using var site = Support.TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var html = File.ReadAllText(Path.Combine(site.Output, "2022", "index.html"));
        foreach (var baseUrl in new[] { null, Base })
        {
            // The report page is in the year's folder, so its links are resolved from there (as PdfPrinter does).
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(PrintDocument.Create(html, baseUrl is null ? null : baseUrl + "2022/"));
            var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, a => Assert.True(a.StartsWith('#') || a.StartsWith(Base, StringComparison.Ordinal), a));
            Assert.Equal(baseUrl is not null, links.Any(a => a.StartsWith(Base + "2022/", StringComparison.Ordinal)));
            Assert.Equal(24, document.QuerySelectorAll(".event h3").Length);
            Assert.Equal(baseUrl is null ? 0 : 24, document.QuerySelectorAll(".event h3 a").Length);
            Assert.Single(document.QuerySelectorAll($"link[rel=stylesheet][href='{PrintDocument.PagesStylesheet}']"));
        }
    }
}
