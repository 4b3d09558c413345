using Generator.Diagnostics;

namespace Generator.Tests.Reading;

/// <summary>A key that is a list or a mapping is named as such at its place, not as an unknown key ''.</summary>
public class ComplexKeyTests
{
    private const string Path = "input/2022/events/2022-04-01-test.md";

    [Theory]
    [InlineData("title: Sleutel\n? [a, b]\n: waarde\n", 3, 3, "a list")]
    [InlineData("title: Sleutel\n[a, b]: waarde\n", 3, 1, "a list")]
    [InlineData("title: Sleutel\n? {a: 1}\n: waarde\n", 3, 3, "a mapping")]
    public void The_warning_says_what_the_key_is_at_its_place(string yaml, int line, int column, string what)
    {
        var diagnostics = new DiagnosticBag();
        var map = Generator.Reading.YamlDocumentReader.Read(yaml, Path, 2, diagnostics);
        Assert.NotNull(map);
        map.WarnAboutUnknownKeys("title");
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.UnknownKey, warning.Code);
        Assert.Equal(new SourceLocation(Path, line, column), warning.Location);
        Assert.StartsWith($"This key is {what}, not a name, so it is ignored.", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("''", warning.Message, StringComparison.Ordinal);
    }
}
