using Generator.Rendering.Safety;

namespace Generator.Tests.Rendering.Safety;

/// <summary>
/// The scheme is read as a browser's URL parser reads it, which drops every tab and line break: that makes a
/// difference in both directions, to what is allowed and to what the message says a browser sees.
/// </summary>
public class UrlPolicyTests
{
    [Theory]
    [InlineData("ht\ttps://example.org/")]
    [InlineData("http\n://example.org/")]
    [InlineData("mai\r\nlto:info@example.org")]
    [InlineData("\t te\tl:+31201234567 ")]
    public void A_tab_or_line_break_in_an_allowed_scheme_is_what_a_browser_ignores(string url) =>
        Assert.Null(UrlPolicy.UnsafeScheme(url));

    [Theory]
    [InlineData("java\tscript:alert(1)", "javascript:")]
    [InlineData("jav\na\rscript:alert(1)", "javascript:")]
    [InlineData("\u0001 VB\tScript:x", "vbscript:")]
    [InlineData("data\n:text/html,x", "data:")]
    public void The_scheme_named_is_the_one_a_browser_sees(string url, string scheme) =>
        Assert.Equal(scheme, UrlPolicy.UnsafeScheme(url));

    [Fact]
    public void An_unknown_reference_is_found_at_its_place_after_the_tabs_are_dropped()
    {
        // Decoded, the unknown reference sits at index 6 of the value, at index 4 once the tabs are gone.
        var (value, unknown) = CharacterReferences.DecodeAttribute("java&#9;&#9;&foo;script:x");
        Assert.Equal(6, unknown);
        Assert.Equal("java&foo;script:…", UrlPolicy.UnsafeScheme(value, unknown));
    }

    [Fact]
    public void A_page_names_the_scheme_a_browser_sees()
    {
        var problem = Assert.Single(HtmlSafety.Find("<a href=\"java&#9;script:alert(1)\">x</a>"));
        Assert.Contains("which a browser reads as 'javascript:'", problem.What, StringComparison.Ordinal);
        Assert.Empty(HtmlSafety.Find("<a href=\"ht&#x0A;tps://example.org/\">x</a>"));
    }
}
