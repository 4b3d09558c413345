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
    [InlineData("date: 2022-04-01\nmonth: april\ntitle: Volgende\u0085regel\n", 4, 16, "U+0085 (next line)")]
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
