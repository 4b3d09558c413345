using CsCheck;
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

    [Theory]
    [InlineData("---\ntitle: a\n...\nEerste alinea.\n\n---\n\nTweede alinea.\n")]
    [InlineData("---\ntitle: a\n... \t\nEerste alinea.\n\n---\n\nTweede alinea.\n")]
    [InlineData("\uFEFF---\ntitle: a\n---\nEerste alinea.\n\n---\n\nTweede alinea.\n")]
    [InlineData("---  \ntitle: a\n---\t\nEerste alinea.\n\n---\n\nTweede alinea.\n")]
    public void The_first_closing_line_ends_the_block_and_every_line_after_it_is_body(string text)
    {
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split(text, "x.md", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("title: a\n", parts!.Yaml);
        Assert.Equal("Eerste alinea.\n\n---\n\nTweede alinea.\n", parts.Body);
        Assert.Equal(4, parts.BodyFirstLine);
    }

    [Fact]
    public void Windows_line_ends_split_the_same_once_read()
    {
        var text = TextFileReader.Decode("\uFEFF---\r\ntitle: a\r\n...\r\nEerste.\r\n---\r\nTweede.\r\n"u8, "x.md", new DiagnosticBag())!;
        var parts = FrontMatterSplitter.Split(text, "x.md", new DiagnosticBag());
        Assert.Equal(("title: a\n", "Eerste.\n---\nTweede.\n", 4), (parts!.Yaml, parts.Body, parts.BodyFirstLine));
    }

    [Fact]
    public void A_fence_inside_a_code_block_of_the_body_stays_in_the_body()
    {
        const string Body = "```yaml\n---\ntitle: b\n...\n```\n";
        var parts = FrontMatterSplitter.Split("---\ntitle: a\n---\n" + Body, "x.md", new DiagnosticBag());
        Assert.Equal(Body, parts!.Body);
    }

    [Fact]
    public void Three_dots_indented_inside_a_block_scalar_do_not_close_the_block()
    {
        var parts = FrontMatterSplitter.Split("---\ntitle: |\n  a\n  ...\n---\nTekst.\n", "x.md", new DiagnosticBag());
        Assert.Equal(("title: |\n  a\n  ...\n", "Tekst.\n"), (parts!.Yaml, parts.Body));
    }

    [Theory]
    [InlineData("---\ntitle: a\n----\nTekst.\n", 3, "'----' is not a closing line")]
    [InlineData("---\ntitle: a\n--- klaar\nTekst.\n---\n", 3, "'--- klaar' is not a closing line")]
    [InlineData("---\ntitle: a\ndate: 2022-01-01\n....\nTekst.\n", 4, "'....' is not a closing line")]
    [InlineData("---\ntitle: a\n---- \nTekst.\n---\nMeer.\n", 3, "exactly three dashes")]
    public void A_line_that_looks_like_a_fence_but_is_not_one_is_an_error_at_that_line(string text, int line, string message)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterSplitter.Split(text, "x.md", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.FrontMatterUnclosed, new SourceLocation("x.md", line, 1)), (error.Code, error.Location));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("----\ntitle: a\n---\n")]
    [InlineData("--- title: a\n---\n")]
    public void An_opening_line_that_is_not_exactly_three_dashes_is_an_error(string text)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatterSplitter.Split(text, "x.md", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.FrontMatterMissing, 1), (error.Code, error.Location!.Line));
        Assert.Contains("exactly three dashes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_taken_into_unclosed_front_matter_by_a_later_rule_is_a_warning_at_the_heading()
    {
        // The editor forgot the closing line; the block then ends at the rule, and YAML takes '## Achtergrond' for a comment.
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split("---\ntitle: a\nmonth: maart\n\n## Achtergrond\n\n---\n\nTekst.\n", "x.md", diagnostics);
        Assert.NotNull(parts);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Severity.Warning, DiagnosticCodes.FrontMatterComment, new SourceLocation("x.md", 5, 1)), (warning.Severity, warning.Code, warning.Location));
        Assert.Contains("'## Achtergrond' is a YAML comment", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_comment_or_a_hash_inside_a_value_is_not_reported()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterSplitter.Split("---\ntitle: \"# a\" # de kop\norder: 1\n---\nTekst.\n", "x.md", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_paragraph_taken_into_unclosed_front_matter_by_a_later_rule_is_an_error_not_lost()
    {
        var diagnostics = new DiagnosticBag();
        var source = EventReader.Read("---\ntitle: a\nmonth: maart\n\nEerste alinea.\n\n---\n\nTweede.\n", "x.md", 2022, diagnostics);
        Assert.Null(source);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Severity == Severity.Error && d.Location!.Line == 5);
    }

    [Fact]
    public void No_text_vanishes_whatever_the_body_holds()
    {
        var lines = Gen.OneOf("---", "...", "----", "# Kop", "Tekst: met dubbele punt", "", "  ...", "```", "title: b", "- punt");
        lines.Array[0, 12].Sample(bodyLines =>
        {
            var body = string.Join("\n", bodyLines) + "\n";
            foreach (var closing in new[] { "---", "..." })
            {
                var diagnostics = new DiagnosticBag();
                var parts = FrontMatterSplitter.Split("---\ntitle: a\n" + closing + "\n" + body, "x.md", diagnostics);
                Assert.Equal(body, parts!.Body);
                Assert.Empty(diagnostics.ToSortedList());
            }
        }, iter: 500, seed: "0N0XIzNsQ0O2");
    }
}
