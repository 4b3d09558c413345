using Generator.Tests.Support;
using Generator.Text;

namespace Generator.Tests.Text;

/// <summary>Page addresses fold the letters Dutch titles use, whatever table or library does the folding.</summary>
public class AddressFoldingTests
{
    [Theory]
    [InlineData("Oekraïne", "oekraine")]
    [InlineData("Zürich", "zurich")]
    [InlineData("Köln en Göteborg", "koln-en-goteborg")]
    [InlineData("ÜBER ÖSTERREICH", "uber-osterreich")]
    [InlineData("Curaçao, Bonaire en Sint-Eustatius", "curacao-bonaire-en-sint-eustatius")]
    [InlineData("Café ‘De Één’", "cafe-de-een")]
    public void Titles_with_diacritics_give_plain_addresses(string title, string slug) =>
        Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void An_event_titled_with_umlauts_is_published_at_the_folded_address()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-werkbezoek-zurich-en-koln.md", "---\ntitle: Werkbezoek Zürich en Köln\ndate: 2022-08-01\n---\nTekst.\n");
        site.BuildSuccessfully();

        Assert.Contains("2022/08/werkbezoek-zurich-en-koln/index.html", site.OutputFiles());
        var link = site.Page().QuerySelectorAll("a").Single(a => a.TextContent.Contains("Zürich", StringComparison.Ordinal));
        Assert.Equal("../2022/08/werkbezoek-zurich-en-koln/index.html", link.GetAttribute("href"));
    }
}
