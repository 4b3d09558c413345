using AngleSharp.Html.Parser;
using Generator.Checking;
using Generator.Tests.Support;

namespace Generator.Tests.Checking;

public class HtmlLinkScannerTests
{
    [Fact]
    public void Finds_ids_and_addresses_in_every_quoting_style_and_skips_comments_and_scripts()
    {
        var links = HtmlLinkScanner.Scan(
            "<p id=a>x</p><A HREF='b.html#c' class=\"k\"><img src=img/d.png alt=\"e > f\"></a>"
            + "<!-- <a href=\"comment.html\"> --><script>var s = '<a href=\"script.html\">';</script>"
            + "<div data-id=\"no\" id=\"&amp;g\"></div><a href=\"h.html?x=1&amp;y=2\">");
        Assert.Equal(["&g", "a"], links.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(["b.html#c", "img/d.png", "h.html?x=1&y=2"], links.Addresses);
    }

    [Fact]
    public void Agrees_with_a_full_HTML_parser_on_every_page_of_the_real_report()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.Read("output/" + file);
            var document = new HtmlParser().ParseDocument(html);
            var links = HtmlLinkScanner.Scan(html);
            Assert.Equal(document.QuerySelectorAll("[id]").Select(e => e.Id!).Order(StringComparer.Ordinal), links.Ids.Order(StringComparer.Ordinal));
            Assert.Equal(
                document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!),
                links.Addresses);
        }
    }
}
