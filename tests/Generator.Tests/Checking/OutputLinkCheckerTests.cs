using Generator.Checking;
using Generator.Diagnostics;

namespace Generator.Tests.Checking;

public class OutputLinkCheckerTests
{
    private static IReadOnlyList<string> Problems(params (string Path, string Html)[] files)
    {
        var diagnostics = new DiagnosticBag();
        OutputLinkChecker.Check(files.ToDictionary(f => f.Path, f => HtmlLinkScanner.Scan(f.Html), StringComparer.Ordinal), ["assets/style.css"], diagnostics);
        return [.. diagnostics.ToSortedList().Select(d => d.Message)];
    }

    /// <summary>Where a relative address leads from a page, as a browser resolves it: shown by the file the check looks for.</summary>
    [Theory]
    [InlineData("index.html", "a/b.html", "a/b.html")]
    [InlineData("index.html", "..", null)]
    [InlineData("index.html", "./", "index.html")]
    [InlineData("2022/01/x/index.html", "../../../assets/s.css", "assets/s.css")]
    [InlineData("2022/01/x/index.html", "../../", "2022/index.html")]
    [InlineData("2022/01/x/index.html", "./", "2022/01/x/index.html")]
    [InlineData("2022/01/x/index.html", ".", "2022/01/x")]
    [InlineData("2022/01/x/index.html", "../y/../z/index.html#top", "2022/01/z/index.html")]
    [InlineData("2022/01/x/index.html", "../../../../x", null)]
    [InlineData("2022/index.html", "01//y/", "2022/01//y/index.html")]
    [InlineData("2022/index.html", "a/./b/", "2022/a/b/index.html")]
    [InlineData("2022/index.html", "..", "index.html")]
    [InlineData("2022/index.html", "../", "index.html")]
    [InlineData("2022/index.html", "x/..", "2022")]
    [InlineData("2022/index.html", "x/../", "2022/index.html")]
    [InlineData("2022/index.html", "?jaar=1", "2022/index.html")]
    [InlineData("2022/index.html", "b%20c/d.html?x#y", "2022/b c/d.html")]
    [InlineData("a//x/index.html", "../y", "a//y")]
    [InlineData("a//x/index.html", "../../../y", "y")]
    [InlineData("a//x/index.html", "../../../../y", null)]
    public void A_relative_address_is_resolved_from_the_page_s_folder(string page, string address, string? target)
    {
        var problem = OutputLinkChecker.Problem(page, address, [], new Dictionary<string, HtmlLinks>());
        Assert.Equal(target is null ? "which lies outside the site" : $"but the site has no {target}", problem);
    }

    [Fact]
    public void Links_to_pages_folders_assets_and_anchors_that_exist_pass()
    {
        Assert.Empty(Problems(
            ("index.html", "<link href=\"assets/style.css\"><h2 id=\"maart\"></h2><a href=\"2022/03/x/index.html\"></a><a href=\"2022/03/x/\"></a><a href=\"#maart\"></a><a href=\"https://example.org/\"></a><a href=\"mailto:a@b.nl\"></a>"),
            ("2022/03/x/index.html", "<a href=\"../../../index.html#maart\"></a><a href=\"../../../\"></a><link href=\"../../../assets/style.css\">")));
    }

    [Theory]
    [InlineData("<section id=\"a\"><h2 id=\"a\"></h2></section>", "a")]
    [InlineData("<p id='x'></p><!-- id=\"y\" --><p id=x></p><svg><title id=\"y\"></title></svg><p id=\"y\"></p>", "x", "y")]
    public void Every_id_that_a_page_has_twice_is_reported_once_naming_the_page(string html, params string[] ids) =>
        Assert.Equal(
            ids.Select(id => $"The page 2022/03/x/index.html has more than one element with id '{id}', so a link to #{id} may jump to the wrong one. Give each element of the theme its own id."),
            Problems(("2022/03/x/index.html", html + "<p id=\"" + ids[0] + "\"></p>")));

    [Theory]
    [InlineData("<a href=\"2022/03/y/index.html\"></a>", "but the site has no 2022/03/y/index.html")]
    [InlineData("<a href=\"#april\"></a>", "but index.html has no element with id 'april'")]
    [InlineData("<a href=\"../buiten.html\"></a>", "which lies outside the site")]
    [InlineData("<link href=\"/assets/style.css\">", "an address from the host's root")]
    [InlineData("<img src=\"assets/logo.png\">", "but the site has no assets/logo.png")]
    [InlineData("<a href=\"\"></a>", "an empty address")]
    public void A_link_that_leads_nowhere_is_an_error_naming_page_and_address(string html, string problem)
    {
        var message = Assert.Single(Problems(("index.html", "<h2 id=\"maart\"></h2>" + html)));
        Assert.StartsWith("The page index.html links to '", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }
}
