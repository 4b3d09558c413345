using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

public class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_the_yaml_from_the_body_and_knows_where_the_body_starts()
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split("---\ntitle: a\nmonth: maart\n---\nTekst.\n", "x.md", diagnostics);
        Assert.NotNull(parts);
        Assert.Equal("title: a\nmonth: maart\n", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal("Tekst.\n", parts.Body);
        Assert.Equal(5, parts.BodyFirstLine);
    }

    [Fact]
    public void A_file_of_only_front_matter_has_an_empty_body()
    {
        var parts = FrontMatterSplitter.Split("---\ntitle: a\n---", "x.md", new DiagnosticBag());
        Assert.NotNull(parts);
        Assert.Equal("", parts.Body);
    }

    [Theory]
    [InlineData("Tekst zonder front matter.\n", "RPT010")]
    [InlineData("", "RPT010")]
    [InlineData("---\ntitle: a\nTekst.\n", "RPT011")]
    [InlineData("---", "RPT011")]
    public void A_missing_or_unclosed_block_is_an_error_on_line_1(string text, string code)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterSplitter.Split(text, "x.md", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation("x.md", 1, 1), error.Location);
    }

    [Fact]
    public void The_unclosed_error_suggests_the_fix()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterSplitter.Split("---\ntitle: a\n", "x.md", diagnostics);
        Assert.Contains("Did you forget the closing '---'", Assert.Single(diagnostics.ToSortedList()).Message, StringComparison.Ordinal);
    }
}
