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
    [InlineData("???", "")]
    public void From_lowercases_folds_diacritics_and_joins_words_with_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void Every_event_file_in_the_report_is_named_after_its_date_and_slug()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.RepositoryPaths.Input, "events"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"');
            Assert.EndsWith("-" + Slug.From(title) + ".md", Path.GetFileName(file), StringComparison.Ordinal);
        }
    }
}
