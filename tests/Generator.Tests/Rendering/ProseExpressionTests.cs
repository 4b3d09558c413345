using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Tests.Support;
using Markdig;
using Scriban.Runtime;

namespace Generator.Tests.Rendering;

/// <summary>Expressions are evaluated only in prose: code and HTML comments stay exactly as written.</summary>
public class ProseExpressionTests
{
    private static readonly MarkdownPipeline Safe = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml().Build();
    private static readonly MarkdownPipeline Trusted = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    private static ScriptObject Globals()
    {
        var globals = new ScriptObject
        {
            ["site"] = new ScriptObject { ["year"] = 2022, ["title"] = "Jaaroverzicht 2022" },
            ["finance"] = new ScriptObject
            {
                ["income"] = new ScriptObject { ["total"] = 578_422_000m },
                ["memo"] = new ScriptObject { ["oekraine"] = 6_114_000m },
            },
        };
        globals.Import(TemplateFunctions.Create(1000m));
        return globals;
    }

    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Evaluate(string body, MarkdownPipeline? pipeline = null)
    {
        var diagnostics = new DiagnosticBag();
        var text = ContentExpressions.Evaluate("input/2022/events/x.md", body, 5, Globals(), pipeline ?? Safe, diagnostics);
        return (text, diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("Schrijf `{{ naam }}` in de tekst.\n")]
    [InlineData("Twee: ``a {{ naam }} ` b`` en `{{ x }}`.\n")]
    [InlineData("```\n{{ site.year }}\n{{ }}\n```\n")]
    [InlineData("~~~markdown\n{{ 1 / 0 }}\n~~~\n")]
    [InlineData("Tekst.\n\n    {{ site.year }}\n    {{ finance.onbekend }}\n")]
    [InlineData("<!-- {{ site.year }} -->\n")]
    [InlineData("Tekst <!-- {{ }} --> meer.\n")]
    [InlineData("- punt\n\n  ```\n  {{ site.year }}\n  ```\n")]
    [InlineData("> ```\n> {{ site.year }}\n> ```\n")]
    public void Code_and_comments_are_left_exactly_as_written(string body)
    {
        foreach (var pipeline in new[] { Safe, Trusted })
        {
            var (text, diagnostics) = Evaluate(body, pipeline);
            Assert.Empty(diagnostics);
            Assert.Equal(body, text);
        }
    }

    [Theory]
    [InlineData("Jaar {{ site.year }} en `{{ site.year }}`.\n", "Jaar 2022 en `{{ site.year }}`.\n")]
    [InlineData("```\n{{ site.year }}\n```\n\nIn {{ site.year }}: {{ finance.memo.oekraine | euro_millions }}.\n", "```\n{{ site.year }}\n```\n\nIn 2022: €\u00A06,1\u00A0miljoen.\n")]
    [InlineData("{{ for i in 1..3 }}{{ i }} {{ end }}\n", "1 2 3 \n")]
    [InlineData("Schrijf {{ \"{{\" }} naam }} om accolades te tonen.\n", "Schrijf {{ naam }} om accolades te tonen.\n")]
    public void Prose_around_code_is_evaluated(string body, string expected)
    {
        var (text, diagnostics) = Evaluate(body);
        Assert.Empty(diagnostics);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("Leeg {{ }} hier.\n", 5, 6)]
    [InlineData("Leeg {{}} hier.\n", 5, 6)]
    [InlineData("Regel.\n`a` en {{   }}\n", 6, 8)]
    [InlineData("Open {{\n}} dicht.\n", 5, 6)]
    [InlineData("Trim {{-}} teken.\n", 5, 6)]
    [InlineData("Trim {{~ ~}} teken.\n", 5, 6)]
    public void An_empty_expression_is_an_error_at_its_position(string body, int line, int column)
    {
        var (text, diagnostics) = Evaluate(body);
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ContentExpressionSyntax, new SourceLocation("input/2022/events/x.md", line, column)), (error.Code, error.Location));
        Assert.Contains("holds no expression", error.Message, StringComparison.Ordinal);
        Assert.Contains(ContentExpressions.LiteralBraces, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 1 / 0 }}", "Infinity")]
    [InlineData("{{ -1 / 0 }}", "-Infinity")]
    [InlineData("{{ 0 / 0 }}", "NaN")]
    [InlineData("{{ 1 / 0 | format_number }}", "")]
    [InlineData("{{ 0 / 0 | euro_millions }}", "")]
    [InlineData("{{ 1 / 0 | format_amount }}", "")]
    [InlineData("{{ 1e300 * 1e300 | format_number }}", "")]
    [InlineData("{{ (1 / 0) + \"\" }}", "Infinity")]
    [InlineData("{{ 1 // 0 }}", "")]
    public void A_number_that_is_not_finite_is_an_error_at_the_expression(string expression, string named)
    {
        var (text, diagnostics) = Evaluate($"Regel.\n`code` en {expression} hier.\n");
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Equal("input/2022/events/x.md", error.Location!.Path);
        Assert.Equal(6, error.Location.Line);
        Assert.InRange(error.Location.Column, 11, 11 + expression.Length);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(ContentExpressions.LiteralBraces, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ finance.income.total / 1000000 }}", "578.422")]
    [InlineData("{{ finance.income.total }}", "578422000")]
    [InlineData("{{ 0.5 }}", "0.5")]
    [InlineData("{{ 10 / 4 }}", "2.5")]
    [InlineData("{{ 12345 }}", "12345")]
    [InlineData("{{ -26287 }}", "-26287")]
    [InlineData("{{ 1e30 }}", "1000000000000000000000000000000")]
    public void A_bare_number_in_prose_is_a_warning_that_names_the_formatters(string expression, string written)
    {
        var (text, diagnostics) = Evaluate($"Regel.\n\nBaten: {expression}.\n");
        Assert.Equal($"Regel.\n\nBaten: {written}.\n", text);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.ContentBareNumber, new SourceLocation("input/2022/events/x.md", 7, 11)), (warning.Severity, warning.Code, warning.Location));
        Assert.Contains($"'{expression}' writes the bare number {written}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("format_number", warning.Message, StringComparison.Ordinal);
        Assert.Contains("euro_millions", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ site.year }}", "2022")]
    [InlineData("{{ 12 }}", "12")]
    [InlineData("{{ 4558 | format_number }}", "4.558")]
    [InlineData("{{ finance.income.total / 1000000 | format_number }}", "578,422")]
    [InlineData("{{ finance.income.total | euro_millions }}", "€\u00A0578,4\u00A0miljoen")]
    [InlineData("{{ site.title }}", "Jaaroverzicht 2022")]
    public void Formatted_numbers_small_whole_numbers_and_text_need_no_warning(string expression, string written)
    {
        var (text, diagnostics) = Evaluate($"In {expression}.\n");
        Assert.Empty(diagnostics);
        Assert.Equal($"In {written}.\n", text);
    }

    [Fact]
    public void Syntax_errors_after_code_on_later_lines_point_at_the_markdown_source()
    {
        var (text, diagnostics) = Evaluate("```\nx\n```\n\nA `b` {{ finance.income.total | }}\n");
        Assert.Null(text);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionSyntax, error.Code);
        Assert.Equal(9, error.Location!.Line);
        Assert.InRange(error.Location.Column, 7, 36);
        Assert.Contains(ContentExpressions.LiteralBraces, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_expression_says_how_to_write_braces_as_text()
    {
        var (_, diagnostics) = Evaluate("Accolades {{ zo.\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ContentExpressionSyntax, 5, 11), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.EndsWith("or write it as text with {{ \"{{\" }} or in `code`.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_text_is_reported_at_once()
    {
        var (text, diagnostics) = Evaluate("A {{ 1 / 0 }}\n\n`x`\n\nB {{ finance.onbekend }}\n\n`y`\n\nC {{ 10 / 4 }}\n");
        Assert.Null(text);
        Assert.Equal([(5, "RPT505"), (9, "RPT505"), (13, "RPT510")], diagnostics.Select(d => (d.Location!.Line, d.Code)));
    }

    [Fact]
    public void Every_failing_expression_in_one_stretch_of_prose_is_reported_at_its_place()
    {
        var (text, diagnostics) = Evaluate("A {{ finance.x }} B {{ 1 / 0 }} C {{ site.y | format_number }} D {{ site.year }}\n");
        Assert.Null(text);
        Assert.Equal(
            [(5, 14, "RPT505"), (5, 24, "RPT505"), (5, 43, "RPT505")],
            diagnostics.Select(d => (d.Location!.Line, d.Location.Column, d.Code)));
    }

    [Fact]
    public void A_failed_expression_is_left_empty_and_the_others_are_evaluated()
    {
        var diagnostics = new DiagnosticBag();
        var expanded = ContentExpressions.Expand("input/2022/events/x.md", "Fout {{ finance.x }}, jaar {{ site.year }}.\n", 5, Globals(), Safe, diagnostics);
        Assert.True(expanded.Failed);
        Assert.Equal("Fout , jaar 2022.\n", expanded.Text);
        Assert.Single(diagnostics.ToSortedList());
    }

    [Fact]
    public void An_expression_that_fails_in_a_loop_is_reported_once()
    {
        var (_, diagnostics) = Evaluate("{{ for i in 1..3 }}{{ finance.x }}{{ end }}\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ContentExpressionRuntime, 5, 31), (error.Code, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void A_variable_whose_assignment_failed_gives_no_second_error_where_it_is_used()
    {
        var (_, diagnostics) = Evaluate("{{ x = finance.onbekend }}Eerst {{ x | format_number }}, dan {{ x }} en {{ site.z }}.\n");
        Assert.Equal([(5, 16), (5, 81)], diagnostics.Select(d => (d.Location!.Line, d.Location.Column)));
    }

    [Fact]
    public void A_stretch_that_cannot_be_parsed_is_kept_as_written_and_the_next_is_evaluated()
    {
        var diagnostics = new DiagnosticBag();
        var body = "A {{ finance.income.total | }}\n\n`x`\n\nB {{ finance.onbekend }} {{ site.year }}\n";
        var expanded = ContentExpressions.Expand("input/2022/events/x.md", body, 5, Globals(), Safe, diagnostics);
        Assert.True(expanded.Failed);
        Assert.Equal("A {{ finance.income.total | }}\n\n`x`\n\nB  2022\n", expanded.Text);
        Assert.Equal([(5, "RPT504"), (9, "RPT505")], diagnostics.ToSortedList().Select(d => (d.Location!.Line, d.Code)));
    }
}
