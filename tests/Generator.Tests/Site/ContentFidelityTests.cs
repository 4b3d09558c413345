using System.Text;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>The report holds every word of the source text, with the Dutch that the PDF extraction broke repaired.</summary>
public partial class ContentFidelityTests(BuiltReport report) : IClassFixture<BuiltReport>
{
    /// <summary>
    /// Every line of the source, with spaces, hyphens and punctuation left out, stands in the text of the report:
    /// so no word is lost, even where the extraction split a word over two lines.
    /// </summary>
    [Fact]
    public void Every_line_of_the_source_is_in_the_generated_report()
    {
        Assert.True(File.Exists(RepositoryPaths.Source), "The source text is expected at " + RepositoryPaths.Source);
        var reportText = LettersAndDigits(report.Site.Page().QuerySelector("main")!.TextContent);
        var missing = File.ReadAllLines(RepositoryPaths.Source)
            .Where(line => !DayMonth().IsMatch(line)) // "26/01" becomes "26 januari 2022"
            .Select(line => (Line: line.Trim(), Key: LettersAndDigits(line)))
            .Where(line => line.Key.Length > 0 && !reportText.Contains(line.Key, StringComparison.Ordinal))
            .Select(line => line.Line)
            .ToList();
        Assert.True(missing.Count == 0, "Not in the report:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_report_has_no_text_that_the_source_does_not_have()
    {
        var source = LettersAndDigits(string.Join("", File.ReadAllLines(RepositoryPaths.Source).Where(l => !DayMonth().IsMatch(l))));
        foreach (var paragraph in report.Site.Page().QuerySelectorAll("main article.event p:not(.date), main .chapter p, main .chapter li"))
        {
            var key = LettersAndDigits(paragraph.TextContent);
            Assert.True(source.Contains(key, StringComparison.Ordinal), "Not in the source: " + paragraph.TextContent);
        }
    }

    [Theory]
    [InlineData("communi catie")]
    [InlineData("directeurgeneraal")]
    [InlineData("INDwoordvoerders")]
    [InlineData("INDvacatures")]
    [InlineData("INDsoftware")]
    [InlineData("INDlocatie")]
    [InlineData("INDmedewerkers")]
    [InlineData("COAlocaties")]
    [InlineData("AEFrapport")]
    [InlineData("CO2uitstoot")]
    [InlineData("ebike")]
    [InlineData("sHertogenbosch")]
    [InlineData("startupregeling")]
    [InlineData("zijinstroomzaken")]
    [InlineData("wet en regelgeving")]
    [InlineData("gastvrouwen en heren")]
    [InlineData("maatschap pelijke")]
    [InlineData("vluchte lingen")]
    [InlineData("asielaan vragen")]
    [InlineData("klachten behandeling")]
    [InlineData("  ")]
    public void No_word_is_left_as_the_extraction_broke_it(string broken)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*.md", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(broken, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("communicatie")]
    [InlineData("directeur-generaal")]
    [InlineData("IND-woordvoerders")]
    [InlineData("COA-locaties")]
    [InlineData("CO2-uitstoot")]
    [InlineData("e-bikeproef")]
    [InlineData("’s-Hertogenbosch")]
    [InlineData("start-up-regeling")]
    [InlineData("wet- en regelgeving")]
    [InlineData("gastvrouwen en -heren")]
    [InlineData("‘buitenwereld’")]
    [InlineData("“Tijd voor Kwaliteit”")]
    public void The_repaired_words_are_in_the_report(string word) =>
        Assert.Contains(word, report.Site.Page().QuerySelector("main")!.TextContent, StringComparison.Ordinal);

    private static string LettersAndDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*\d\d/\d\d\s*$")]
    private static partial Regex DayMonth();
}
