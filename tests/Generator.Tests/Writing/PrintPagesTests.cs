using Generator.Writing.Pdf;

namespace Generator.Tests.Writing;

public class PrintPagesTests
{
    [Fact]
    public void The_parts_are_the_months_and_chapters_the_contents_list_in_order()
    {
        using var site = Support.TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var parts = PrintDocument.Parts(File.ReadAllText(Path.Combine(site.Output, "index.html")));
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
    public void Each_part_is_a_named_page_with_its_title_in_the_header_and_its_page_number_in_the_contents()
    {
        var css = PrintPages.Css("Jaaroverzicht \"2022\"", [new("januari", "Januari"), new("baten-en-lasten", "Baten en lasten")],
            new Dictionary<string, int> { ["baten-en-lasten"] = 14 });
        Assert.Contains("@page part-1 { @top-left { content: \"Januari\"; } @top-right { content: \"Jaaroverzicht \\\"2022\\\"\"; } }", css, StringComparison.Ordinal);
        Assert.Contains("[id=\"januari\"] { page: part-1; }", css, StringComparison.Ordinal);
        Assert.Contains("[id=\"baten-en-lasten\"] { page: part-2; }", css, StringComparison.Ordinal);
        Assert.Contains("#inhoudsopgave a[href=\"#baten-en-lasten\"]::after { content: \"14\"; }", css, StringComparison.Ordinal);
        Assert.DoesNotContain("a[href=\"#januari\"]", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@page {", css, StringComparison.Ordinal); // a plain @page rule would put the header on the cover
    }

    [Theory]
    [InlineData("Baten", "\"Baten\"")]
    [InlineData("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"")]
    [InlineData("regel\nnieuw", "\"regel\\a nieuw\"")]
    [InlineData("</style>", "\"</style>\"")]
    public void Titles_are_written_as_CSS_strings(string text, string expected) =>
        Assert.Equal(expected, PrintPages.Quote(text));
}
