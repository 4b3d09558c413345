using System.Text;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>Issue 9, point 5: every event gets its own address, and every id on a page is unique.</summary>
public class AddressAndIdTests
{
    private static string Event(string title, string date, string extra = "") =>
        $"---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\nTekst.\n";

    private static Diagnostic Single(BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void Events_in_Cyrillic_Polish_and_Greek_get_distinct_transliterated_addresses()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-kyiv.md", Event("Werkbezoek Київ", "2022-08-01"));
        site.Write("input/2022/events/2022-08-02-kharkiv.md", Event("Werkbezoek Харків", "2022-08-02"));
        site.Write("input/2022/events/2022-08-03-lodz.md", Event("Łódź en Gdańsk", "2022-08-03"));
        site.Write("input/2022/events/2022-08-04-athene.md", Event("Overleg in Αθήνα", "2022-08-04"));
        site.BuildSuccessfully();

        foreach (var (address, title) in new[]
        {
            ("2022/08/werkbezoek-kiiv/", "Werkbezoek Київ"),
            ("2022/08/werkbezoek-kharkiv/", "Werkbezoek Харків"),
            ("2022/08/lodz-en-gdansk/", "Łódź en Gdańsk"),
            ("2022/08/overleg-in-athina/", "Overleg in Αθήνα"),
        })
        {
            Assert.Equal(title, site.Page(address + "index.html").QuerySelector("main h1")!.TextContent);
        }
    }

    [Fact]
    public void A_title_typed_in_NFD_gets_the_same_address_and_text_as_in_NFC()
    {
        using var site = TestSite.CopyOfRealReport();
        var decomposed = "Werkbezoek Oekraïne".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Werkbezoek Oekraïne", decomposed);
        site.Write("input/2022/events/2022-08-01-werkbezoek.md", Event(decomposed, "2022-08-01") + "Materiële steun.".Normalize(NormalizationForm.FormD) + "\n");
        site.BuildSuccessfully();

        var page = site.Page("2022/08/werkbezoek-oekraine/index.html");
        Assert.Equal("Werkbezoek Oekraïne", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Materiële steun.", page.QuerySelector("main article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_key_sets_the_address()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-x.md", Event("Werkbezoek", "2022-08-01", "slug: werkbezoek-kyiv\n"));
        site.BuildSuccessfully();
        Assert.Equal("Werkbezoek", site.Page("2022/08/werkbezoek-kyiv/index.html").QuerySelector("main h1")!.TextContent);
        Assert.NotNull(site.Page().GetElementById("werkbezoek-kyiv"));
    }

    [Theory]
    [InlineData("Werkbezoek Kyiv", "'slug' may contain only lower-case letters a-z, digits 0-9 and single hyphens between them, at most 80 characters, not 'Werkbezoek Kyiv'. Write: slug: werkbezoek-kyiv")]
    [InlineData("werkbezoek/../../x", "'slug' may contain only lower-case letters a-z, digits 0-9 and single hyphens between them, at most 80 characters, not 'werkbezoek/../../x'. Write: slug: werkbezoek-x")]
    [InlineData("\"-\"", "'slug' may contain only lower-case letters a-z, digits 0-9 and single hyphens between them, at most 80 characters, not '-'.")]
    [InlineData("\"\"", "'slug' is required but empty. Write the address part, like: slug: werkbezoek-kyiv (only lower-case letters a-z, digits 0-9 and single hyphens between them, at most 80 characters).")]
    public void An_invalid_slug_is_an_error_at_its_value(string slug, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-x.md", Event("Werkbezoek", "2022-08-01", $"slug: {slug}\n"));
        var result = site.Build();
        Assert.False(result.Written);
        Assert.Equal($"input/2022/events/2022-08-01-x.md(4,7): error RPT111: {message}", Single(result, DiagnosticCodes.SlugInvalid).ToString());
    }

    [Fact]
    public void Two_titles_with_the_same_slug_are_an_error_naming_both_files_and_suggesting_slug()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-a.md", Event("Werkbezoek Oekraïne", "2022-08-01"));
        site.Write("input/2022/events/2022-08-02-b.md", Event("Werkbezoek: Oekraine!", "2022-08-02"));
        var result = site.Build();
        Assert.Equal("input/2022/events/2022-08-02-b.md(2,8): error RPT107: This title gives the address 'werkbezoek-oekraine', which input/2022/events/2022-08-01-a.md already has. Give one of the two events its own address with a line like 'slug: werkbezoek-oekraine-2' in its front matter, or make the titles differ.",
            Single(result, DiagnosticCodes.DuplicateAddress).ToString());

        site.Edit("input/2022/events/2022-08-02-b.md", "date: 2022-08-02\n", "date: 2022-08-02\nslug: werkbezoek-oekraine-2\n");
        site.BuildSuccessfully();
    }

    [Fact]
    public void A_slug_key_that_repeats_another_address_is_reported_at_the_slug()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-a.md", Event("Iets anders", "2022-08-01", "slug: samenvoeging-ind-loketten\n"));
        var result = site.Build();
        var error = Single(result, DiagnosticCodes.DuplicateAddress);
        Assert.Equal(new SourceLocation("input/2022/events/2022-08-01-a.md", 4, 7), error.Location);
        Assert.StartsWith("This 'slug:' sets the address 'samenvoeging-ind-loketten', which input/2022/events/2022-02-07-samenvoeging-ind-loketten.md already has.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/2022/events/2022-08-01-inhoud.md", "---\ntitle: Inhoud\ndate: 2022-08-01\n---\nTekst.\n", 2, 8, "inhoud", "the theme's own element in theme/layouts/base.html(36,7)", "Give the event another address with a line like 'slug: inhoud-2022' in its front matter.")]
    [InlineData("input/2022/events/2022-06-01-juni.md", "---\ntitle: Juni\ndate: 2022-06-01\n---\nTekst.\n", 2, 8, "juni", "the month juni", "Give the event another address with a line like 'slug: juni-2022' in its front matter.")]
    [InlineData("input/2022/events/2022-08-01-inhoudsopgave.md", "---\ntitle: Inhoudsopgave titel\ndate: 2022-08-01\n---\nTekst.\n", 2, 8, "inhoudsopgave-titel", "the theme's own element in theme/partials/toc.html(2,5)", "Give the event another address with a line like 'slug: inhoudsopgave-titel-2022' in its front matter.")]
    [InlineData("input/2022/events/2022-08-01-grafiek.md", "---\ntitle: Financiën grafiek\ndate: 2022-08-01\n---\nTekst.\n", 2, 8, "financien-grafiek-titel", "an element that the theme or the generator adds (like the finance chart)", "Give the event another address with a line like 'slug: financien-grafiek-2022' in its front matter.")]
    [InlineData("input/2022/sections/baten.md", "---\ntitle: Baten en lasten\norder: 9\n---\nTekst.\n", 2, 8, "baten-en-lasten", "the theme's own element in theme/layouts/index.html(25,26)", "Give the chapter another title.")]
    [InlineData("input/2022/sections/maart.md", "---\ntitle: Maart\norder: 9\n---\nTekst.\n", 2, 8, "maart", "the month maart", "Give the chapter another title.")]
    [InlineData("input/2022/sections/loketten.md", "---\ntitle: Samenvoeging IND-loketten\norder: 9\n---\nTekst.\n", 2, 8, "samenvoeging-ind-loketten", "the event input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "Give the chapter another title.")]
    public void Content_that_repeats_an_id_of_the_report_page_is_an_error_naming_both_sources(
        string path, string text, int line, int column, string id, string other, string fix)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(path, text);
        var result = site.Build();
        Assert.False(result.Written);
        var error = Single(result, DiagnosticCodes.IdDuplicate);
        Assert.Equal($"{path}({line},{column}): error RPT112: This gives the report page the id '{id}', which {other} has too, so a link to #{id} would jump to the wrong place. {fix}",
            error.ToString());
    }

    [Fact]
    public void The_real_report_page_has_no_duplicate_id()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var ids = site.Page(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
