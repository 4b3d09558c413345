using Generator.Text;

namespace Generator.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("IND onderzoekt interne cultuur", "ind-onderzoekt-interne-cultuur")]
    [InlineData("Russische inval in Oekraïne", "russische-inval-in-oekraine")]
    [InlineData("Werving nieuwe collega’s: kom iets betekenen bij de IND", "werving-nieuwe-collegas-kom-iets-betekenen-bij-de-ind")]
    [InlineData("Succes start-up-regeling", "succes-start-up-regeling")]
    [InlineData("Mijlpaal project Oekraïne: al 65.000 stickers geplakt", "mijlpaal-project-oekraine-al-65-000-stickers-geplakt")]
    [InlineData("Feestelijke opening IND Academie: ‘Investeren in ontwikkeling blijft belangrijk’", "feestelijke-opening-ind-academie-investeren-in-ontwikkeling-blijft-belangrijk")]
    [InlineData("Materiële kosten geëvalueerd, creëerden", "materiele-kosten-geevalueerd-creeerden")]
    [InlineData("  --Spaties  en   streepjes--  ", "spaties-en-streepjes")]
    [InlineData("<script>", "script")]
    [InlineData("a\uFFFEb", "a-b")]
    [InlineData("???", "")]
    public void From_lowercases_folds_diacritics_and_joins_words_with_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("Werkbezoek Київ", "werkbezoek-kiiv")]
    [InlineData("Werkbezoek Харків", "werkbezoek-kharkiv")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Gdańsk", "gdansk")]
    [InlineData("Příliš žluťoučký kůň", "prilis-zlutoucky-kun")]
    [InlineData("İstanbul, Eskişehir, Muğla, Işık", "istanbul-eskisehir-mugla-isik")]
    [InlineData("Straße in Köln", "strasse-in-koln")]
    [InlineData("Øresund, Ålesund, Ærø", "oresund-alesund-aero")]
    [InlineData("Ĳsselmeer", "ijsselmeer")]
    [InlineData("Αθήνα", "athina")]
    [InlineData("Bezoek aan Bucureşti en Cluj-Napoca", "bezoek-aan-bucuresti-en-cluj-napoca")]
    [InlineData("Kosten € 5 miljoen 🙂", "kosten-5-miljoen")]
    public void From_transliterates_letters_of_every_script(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("Werkbezoek Oekraïne")]
    [InlineData("Materiële kosten geëvalueerd")]
    [InlineData("Łódź")]
    public void A_title_typed_decomposed_gets_the_same_slug_as_composed(string title)
    {
        var decomposed = title.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(title, decomposed);
        Assert.Equal(Slug.From(title), Slug.From(decomposed));
    }

    [Theory]
    [InlineData("werkbezoek-kyiv", true)]
    [InlineData("a", true)]
    [InlineData("2022-jaar", true)]
    [InlineData("", false)]
    [InlineData("Werkbezoek", false)]
    [InlineData("werkbezoek kyiv", false)]
    [InlineData("-werkbezoek", false)]
    [InlineData("werkbezoek-", false)]
    [InlineData("werk--bezoek", false)]
    [InlineData("werkbezoek/kyiv", false)]
    [InlineData("oekraïne", false)]
    public void IsValid_accepts_only_what_From_could_produce(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));

    [Fact]
    public void Every_event_file_in_the_report_is_named_after_its_date_and_slug()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.RepositoryPaths.Input, "2022", "events"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"');
            Assert.EndsWith("-" + Slug.From(title) + ".md", Path.GetFileName(file), StringComparison.Ordinal);
        }
    }
}
