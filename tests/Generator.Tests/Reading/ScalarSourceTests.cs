using Generator.Diagnostics;
using Generator.Reading;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Reading;

/// <summary>
/// A diagnostic inside a YAML value (RPT309 at a year in a caption) points at the character in the file, whatever the
/// value's style: escapes, '' in single quotes, folding over lines, block scalars, anchors and tags. In each case '^' marks
/// (and is removed from the text) the character the year starts at.
/// </summary>
public class ScalarSourceTests
{
    private const string Path = "input/2022/finance.yml";

    [Theory]
    [InlineData("caption: \"Baten \\\"2021\\\" en lasten ^2021\"\n", "Baten \"2021\" en lasten 2021")]
    [InlineData("caption: \"Baten \\\"^2021\\\" en lasten 2022\"\n", "Baten \"2021\" en lasten 2022", 7)]
    [InlineData("caption: \"a\\\\b ^2021\"\n", "a\\b 2021")]
    [InlineData("caption: \"a\\nb\\tc\\/d\\  ^2021\"\n", "a\nb\tc/d  2021")]
    [InlineData("caption: \"Financi\\u00EBle staat ^2021\"\n", "Financiële staat 2021")]
    [InlineData("caption: \"x \\U0001F600 \\x41 ^2021\"\n", "x 😀 A 2021")]
    [InlineData("caption: 'Baten ''2020'' ^2021'\n", "Baten '2020' 2021")]
    [InlineData("caption: Baten en\n  lasten ^2021\ncolumn: x\n", "Baten en lasten 2021")]
    [InlineData("caption: Baten en\r\n  lasten ^2021\r\ncolumn: x\r\n", "Baten en lasten 2021")]
    [InlineData("caption: \"Baten en \\\n    lasten ^2021\"\n", "Baten en lasten 2021")]
    [InlineData("caption: \"Baten \\\"x\\\" en\n  lasten ^2021\"\n", "Baten \"x\" en lasten 2021")]
    [InlineData("caption: 'Baten ''x''\n\n  en ^2021'\n", "Baten 'x'\nen 2021")]
    [InlineData("caption: |\n  Baten en lasten\n  over ^2021\n", "Baten en lasten\nover 2021\n")]
    [InlineData("caption: >-\n  Baten en lasten\n  over ^2021\ncolumn: x\n", "Baten en lasten over 2021")]
    [InlineData("caption: |\n  Baten\n    over ^2021\n", "Baten\n  over 2021\n")]
    [InlineData("caption: |2 # opmerking\n   Baten ^2021\n", " Baten 2021\n")]
    [InlineData("caption:\n  \"Baten\\t\n  en ^2021\"\n", "Baten\t en 2021")]
    public void A_place_in_a_value_is_its_place_in_the_file(string marked, string value, int index = -1)
    {
        var yaml = marked.Replace("^", "", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var map = YamlDocumentReader.Read(yaml, Path, 1, diagnostics, YamlFile.Finance)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(value, ((YamlScalarNode)map.Node.Children[new YamlScalarNode("caption")]).Value);
        var at = index >= 0 ? index : value.LastIndexOf("2021", StringComparison.Ordinal);

        Assert.Equal(Expected(marked, 1), map.LocationWithin("caption", at));
    }

    [Fact]
    public void A_place_in_front_matter_counts_the_lines_before_it()
    {
        var diagnostics = new DiagnosticBag();
        var settings = ReportSettingsReader.Read("# report\ntitle: \"Jaaroverzicht \\\"2022\\\"\n  en 2023\"\n", "input/2022/report.yml", 2022, diagnostics);
        Assert.NotNull(settings);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.OtherYearNamed, warning.Code);
        Assert.Equal(new SourceLocation("input/2022/report.yml", 3, 6), warning.Location);
    }

    [Fact]
    public void A_value_given_by_an_alias_is_never_read_the_anchor_and_alias_are_errors()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read("title: &t \"a \\\"b\\\" 2021\"\ncaption: *t\n", Path, 1, diagnostics, YamlFile.Finance));
        Assert.Equal([(DiagnosticCodes.YamlReference, new SourceLocation(Path, 1, 8)), (DiagnosticCodes.YamlReference, new SourceLocation(Path, 2, 10))],
            diagnostics.ToSortedList().Select(d => (d.Code, d.Location!)));
    }

    private static SourceLocation Expected(string marked, int firstLine)
    {
        var before = marked[..marked.IndexOf('^', StringComparison.Ordinal)].Replace("\r\n", "\n", StringComparison.Ordinal);
        var line = before.Count(c => c == '\n');
        return new SourceLocation(Path, firstLine + line, before.Length - before.LastIndexOf('\n'));
    }
}
