using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>
/// A character that YAML reads as a line break but an editor does not show (U+0085, U+2028, U+2029) is an error at its
/// own line and column that names it, plain or quoted, instead of a complaint about indentation elsewhere.
/// </summary>
public class YamlLineBreakTests
{
    private const string Path = "input/2022/events/2022-04-01-test.md";

    [Theory]
    [InlineData("title: Lijn\u2028scheiding\n", 2, 12, "U+2028 (line separator)")]
    [InlineData("title: \"Lijn\u2028scheiding\"\n", 2, 13, "U+2028 (line separator)")]
    [InlineData("date: 2022-04-01\ntitle: 'Alinea\u2029scheiding'\n", 3, 15, "U+2029 (paragraph separator)")]
    [InlineData("title: |\n  Eerste regel\n  Tweede\u2028regel\n", 4, 9, "U+2028 (line separator)")]
    public void The_character_is_an_error_at_its_place_that_names_it(string yaml, int line, int column, string named)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read(yaml, Path, 2, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlInvisibleLineBreak, error.Code);
        Assert.Equal(new SourceLocation(Path, line, column), error.Location);
        Assert.Contains($"invisible character {named}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Delete it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_such_character_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        YamlDocumentReader.Read("title: a\u2028b\nmonth: c\u2029d\n", Path, 2, diagnostics);
        Assert.Equal([new SourceLocation(Path, 2, 9), new SourceLocation(Path, 3, 9)], diagnostics.ToSortedList().Select(d => d.Location));
    }

    /// <summary>U+0085 is a control character too: the file reader's one error (RPT007) at its place, not also RPT019 there;
    /// likewise a control character typed in a value is not reported again as one made by an escape.</summary>
    [Theory]
    [InlineData("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "title: IND onderzoekt", "title: IND\u0085onderzoekt", 2, 11, "U+0085 (next line)")]
    [InlineData("input/2022/finance.yml", "label: Personele kosten", "label: Personele\u0085kosten", 20, 23, "U+0085 (next line)")]
    [InlineData("input/site.yml", "title: Jaaroverzichten", "title: Jaar\u0085overzichten", 3, 12, "U+0085 (next line)")]
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: \"Jaar\voverzicht 2022\"", 2, 13, "U+000B (vertical tab)")]
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: Jaar\u0080overzicht 2022", 2, 12, "U+0080 (control character)")]
    public void A_control_character_typed_in_YAML_is_one_error_at_its_place(string file, string oldText, string newText, int line, int column, string named)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(file, oldText, newText);
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single((result.Output + result.Error).Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.StartsWith($"{file}({line},{column}): error RPT007: The text contains the invisible control character {named}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void In_report_yml_the_build_names_the_character_at_its_place()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: Jaar\u2028overzicht 2022");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("input/2022/report.yml(2,12): error RPT019: The text contains the invisible character U+2028 (line separator), usually pasted from another program; YAML reads it as a line break, "
            + "so the value would end here. Delete it (retype the characters around it if your editor does not show it); for a value over several lines, use '|'.", error.ToString());
    }
}
