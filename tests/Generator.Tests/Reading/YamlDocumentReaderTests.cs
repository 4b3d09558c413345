using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

/// <summary>The nesting limit of YAML, checked while the text is loaded, comes before every other problem of the text.</summary>
public class YamlDocumentReaderTests
{
    private const string Path = "input/2022/events/2022-04-01-test.md";

    private static IReadOnlyList<Diagnostic> Read(string yaml, out MappingReader? map)
    {
        var diagnostics = new DiagnosticBag();
        map = YamlDocumentReader.Read(yaml, Path, 2, diagnostics);
        return diagnostics.ToSortedList();
    }

    [Theory]
    [InlineData("[", ']')]
    [InlineData("{a: ", '}')]
    public void Nesting_up_to_the_limit_is_read(string open, char close)
    {
        // The document's mapping is the first level.
        var levels = YamlDocumentReader.MaxDepth - 1;
        var problems = Read("title: Diep\nx: " + string.Concat(Enumerable.Repeat(open, levels)) + "1" + new string(close, levels) + "\n", out var map);
        Assert.Empty(problems);
        Assert.NotNull(map);
        Assert.True(map.Has("x"));
    }

    /// <summary>Each text nests one level too deep at the file line and column given (the YAML starts on line 2).</summary>
    [Theory]
    [InlineData("brackets", "title: Diep\nx: {0}\n", 3, 4 + 63)]
    [InlineData("block lists", "title: Diep\nx:\n{1}", 4 + 63, (2 * 63) + 1)]
    [InlineData("before a duplicate key", "title: Diep\nx: {0}\ntitle: Twee\n", 3, 4 + 63)]
    [InlineData("after a duplicate key", "title: Diep\ntitle: Twee\nx: {0}\n", 4, 4 + 63)]
    [InlineData("with a tab as indentation", "title: Diep\nx: {0}\n\ty: 1\n", 3, 4 + 63)]
    [InlineData("before a syntax error", "title: Diep\nx: {0}\ny: [niet gesloten\n", 3, 4 + 63)]
    [InlineData("after an undefined alias", "title: *nergens\nx: {0}\n", 3, 4 + 63)]
    public void Nesting_beyond_the_limit_is_the_one_error_at_its_place(string name, string template, int line, int column)
    {
        Assert.NotEmpty(name);
        var brackets = new string('[', 1_000) + new string(']', 1_000);

        // A list in each item of a list: the 64th '-' from the top (the mapping is the first level) opens the level too many.
        var lists = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "-\n")) + new string(' ', 200) + "- 1\n";
        var yaml = template.Replace("{0}", brackets, StringComparison.Ordinal).Replace("{1}", lists, StringComparison.Ordinal);
        var problems = Read(yaml, out var map);
        var error = Assert.Single(problems);
        Assert.Equal(DiagnosticCodes.NestedTooDeep, error.Code);
        if (map is not null)
        {
            // Read on after the deep part: its value is passed over without a second error, and the rest is there.
            Assert.Null(map.Text("x", DiagnosticCodes.TitleMissing));
            Assert.Empty(map.List("x", required: true));
            Assert.Null(map.Mapping("x", required: true));
            Assert.Single(map.Diagnostics.ToSortedList());
            Assert.Equal("Diep", map.Text("title"));
        }
        Assert.Equal((Path, line, column), (error.Location!.Path, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("title: \"Tab\\vteken\"\n", 2)]
    [InlineData("title: Diep\nx: [\"a\\x0bb\"]\n", 3)]
    [InlineData("title: Diep\nx: [\"a\\u000bb\"]\n", 3)]
    public void A_control_character_made_by_an_escape_is_an_error_at_its_value(string yaml, int line)
    {
        var problems = Read(yaml, out var map);
        Assert.Null(map);
        var error = Assert.Single(problems);
        Assert.Equal(DiagnosticCodes.ControlCharacter, error.Code);
        Assert.Equal(line, error.Location!.Line);
    }

    [Fact]
    public void An_escape_that_makes_no_control_character_is_read()
    {
        var problems = Read("title: \"Tab\\tteken \\\\ \\u00e9\"\n", out var map);
        Assert.Empty(problems);
        Assert.Equal("Tab\tteken \\ é", map!.Text("title"));
    }
}
