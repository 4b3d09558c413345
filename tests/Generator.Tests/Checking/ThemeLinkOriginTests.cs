using Generator.Checking;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Checking;

/// <summary>A broken link that the theme wrote (RPT507) is placed at the template line that writes it, or, when an
/// expression makes the whole address, at the page's layout; its words say the theme is at fault, not the content.</summary>
public class ThemeLinkOriginTests
{
    [Fact]
    public void A_literal_address_in_base_html_is_placed_at_its_line_and_column()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/base.html", "<a class=\"skip-link\" href=\"#inhoud\">", "<a class=\"skip-link\" href=\"#inhoud\"><a href=\"{{ root }}nergens.html\">");

        // One mistake on every page: one error, naming the first page and how many others.
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OutputLinkBroken);
        Assert.Equal(new SourceLocation("theme/layouts/base.html", 29, 46), error.Location);
        Assert.StartsWith("The page 2022/01/ind-onderzoekt-interne-cultuur/index.html links to '../../../nergens.html', but the site has no nergens.html. "
            + "The same mistake breaks a link on 25 other pages too, such as 2022/02/", error.Message, StringComparison.Ordinal);
        Assert.Contains("The theme writes this link, not a text in input/, so correct the theme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_broken_links_on_different_template_lines_are_two_errors_however_many_pages_carry_them()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/base.html", "<a class=\"skip-link\" href=\"#inhoud\">", "<a class=\"skip-link\" href=\"#inhoud\"><a href=\"{{ root }}nergens.html\">\n<a href=\"{{ root }}elders.html\">");

        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.OutputLinkBroken).ToList();
        Assert.Equal([29, 30], errors.Select(e => e.Location!.Line).Order());
        Assert.All(errors, e => Assert.Contains("25 other pages", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_made_by_an_expression_alone_names_the_pages_layout()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/index.html", "{{ site.title }}", "{{ site.title }}<a href=\"{{ 'weg.html' }}\">x</a>");

        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OutputLinkBroken);
        Assert.Equal(new SourceLocation("theme/layouts/index.html", 1, 1), error.Location);
        Assert.Contains("The page 2022/index.html links to 'weg.html'", error.Message, StringComparison.Ordinal);
        Assert.Contains("The theme writes this link, not a text in input/, so correct the theme: see theme/layouts/index.html, base.html and the partials they include", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../2022/index.html#x-weg", "event", 3)] // most text written out wins
    [InlineData("../../../2022/index.html#maart", "event", 2)]
    [InlineData("../feed.xml", "index", 4)] // the page's own layout before a partial
    [InlineData("../feed.xml", "overview", 5)]
    [InlineData("data.json", "event", null)]
    public void An_address_is_traced_to_the_attribute_that_makes_it(string address, string layout, int? line)
    {
        var origins = new ThemeLinkOrigins([
            new ThemeSource("event", "theme/layouts/event.html", true, "<a href=\"{{ report }}\">\n<a href='{{ report }}#{{ id }}'>\n<a title=\"{{ \"a\" }}\" href=\"{{ report }}#{{ id }}-weg\">"),
            new ThemeSource("index", "theme/layouts/index.html", true, "\n\n\n<link href=\"{{ root }}feed.xml\">"),
            new ThemeSource("feed", "theme/partials/feed.html", false, "\n\n\n\n<link href=\"{{ root }}feed.xml\">"),
        ]);
        Assert.Equal(line, origins.Find(address, layout)?.Line);
    }
}
