using Generator.Writing.Pdf;

namespace Generator.Tests.Writing;

public class PrintPagesTests
{
    [Fact]
    public void The_parts_are_the_months_and_chapters_the_contents_list_in_order()
    {
        using var site = Support.TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var parts = PrintDocument.Parts(File.ReadAllText(Path.Combine(site.Output, "2022", "index.html")));
        Assert.Equal(
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "september", "oktober", "november", "december",
             "baten-en-lasten", "duurzaamheid", "personeel", "ook-dit-was-2022"],
            parts.Select(p => p.Id));
        Assert.Equal(["Januari", "Baten en lasten", "Ook dit was 2022"], parts.Where((_, i) => i is 0 or 11 or 14).Select(p => p.Title));
    }

    [Fact]
    public void A_page_without_contents_has_no_parts() =>
        Assert.Empty(PrintDocument.Parts("<html><body><h2>Januari</h2></body></html>"));

    [Fact]
    public void Each_page_gets_the_header_of_the_part_at_its_top_and_the_contents_each_parts_page_number()
    {
        var layout = new PartLayout(new Dictionary<string, int> { ["baten-en-lasten"] = 4 }, [null, null, "Januari", "Januari", "Baten en \"lasten\""]);
        var css = PrintPages.Css("Jaaroverzicht \"2022\"", [new("januari", "Januari"), new("baten-en-lasten", "Baten en \"lasten\"")], layout);
        Assert.Contains(":root { page: report; }", css, StringComparison.Ordinal);
        Assert.Contains("@counter-style report-header { system: fixed 1; symbols: \"\" \"\" \"Januari\" \"Januari\" \"Baten en \\\"lasten\\\"\"; fallback: report-header-none; }", css, StringComparison.Ordinal);
        Assert.Contains("@page report { @top-left { content: counter(page, report-header); } @top-right { content: \"Jaaroverzicht \\\"2022\\\"\"; } }", css, StringComparison.Ordinal);
        Assert.Contains("@page contents { @top-right { content: \"Jaaroverzicht \\\"2022\\\"\"; } }", css, StringComparison.Ordinal);
        Assert.Contains("#inhoudsopgave a[href=\"#baten-en-lasten\"]::after { content: \"4\"; }", css, StringComparison.Ordinal);
        Assert.DoesNotContain("a[href=\"#januari\"]", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@page {", css, StringComparison.Ordinal); // a plain @page rule would put the header on the cover
        Assert.DoesNotContain("[id=", css, StringComparison.Ordinal); // no part is a page of its own: a change of named page forces a break
    }

    [Fact]
    public void Before_the_first_print_the_pages_are_named_but_have_no_part_in_the_header()
    {
        var css = PrintPages.Css("Jaaroverzicht 2022", [new("januari", "Januari")], PartLayout.Unknown);
        Assert.Contains(":root { page: report; }", css, StringComparison.Ordinal);
        Assert.Contains("@page report { @top-left { content: none; }", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@counter-style report-header {", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_parts_the_pages_get_no_header()
    {
        var css = PrintPages.Css("Jaaroverzicht 2022", [], PartLayout.Unknown);
        Assert.DoesNotContain("@page", css, StringComparison.Ordinal);
        Assert.DoesNotContain("page:", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Baten", "\"Baten\"")]
    [InlineData("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"")]
    [InlineData("regel\nnieuw", "\"regel\\a nieuw\"")]
    [InlineData("</style>", "\"</style>\"")]
    public void Titles_are_written_as_CSS_strings(string text, string expected) =>
        Assert.Equal(expected, PrintPages.Quote(text));
}
