using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Tests.Support;
using Markdig;
using Scriban.Runtime;

namespace Generator.Tests.Rendering;

/// <summary>A '{{' that is never closed is one error at that '{{', whatever follows it, in content and in templates.</summary>
public class UnclosedExpressionTests
{
    private const string Content = "This '{{' is never closed. Close it with '}}', or write it as text with {{ \"{{\" }} or in `code`.";
    private const string Nested = "This '{{' is never closed: another '{{' follows it before any '}}', and one expression cannot hold another. "
        + "Close it with '}}' before the next '{{', or write it as text with {{ \"{{\" }} or in `code`.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static TheoryData<string, int, int, string> Unclosed { get; } = new()
    {
        // body (starting on line 5 of the file), then the line and column of the '{{' and the message
        { "Tekst {{", 5, 7, Content },
        { "Tekst {{ ", 5, 7, Content },
        { "Tekst {{\n", 5, 7, Content },
        { "Tekst {{ site.year", 5, 7, Content },
        { "Tekst {{ \nmeer tekst\nen nog meer.\n", 5, 7, Content },
        { "Regel.\n\nJaar {{ site.year }} en {{ \"}}\" daarna\n", 7, 25, Content },
        { "Tekst {{ site.year } b\n", 5, 7, Content },
        { "Tekst {{ 'niet gesloten\n", 5, 7, Content },
        { "Tekst {{ # commentaar\n", 5, 7, Content },
        { "In `code` en dan {{ site.year\n", 5, 18, Content },
        { "Tekst {{~ site.year\n", 5, 7, Content },
        { "Tekst {{ {{ site.year }}\n", 5, 7, Nested },
        { "Tekst {{ {{ site.year }} }}\n", 5, 7, Nested },
        { "Tekst {{{{ site.year }}}}\n", 5, 7, Nested },
        { "- punt\n- punt {{ site.year\n", 6, 8, Content },
    };

    [Theory]
    [MemberData(nameof(Unclosed))]
    public void An_unclosed_expression_in_content_is_one_error_at_its_braces(string body, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        var text = ContentExpressions.Evaluate("input/events/x.md", body, 5, Globals(), Pipeline, diagnostics);
        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ContentExpressionSyntax, error.Code);
        Assert.Equal(new SourceLocation("input/events/x.md", line, column), error.Location);
        Assert.Equal(message, error.Message);
        Assert.Equal("{{", body.Split('\n')[line - 5][(column - 1)..(column + 1)]);
    }

    [Theory]
    [InlineData("Een }} zonder begin, en }}} ook.\n")]
    [InlineData("Jaar {{ site.year }} en daarna }} tekst.\n")]
    public void A_closing_pair_without_an_opening_one_is_text(string body)
    {
        var diagnostics = new DiagnosticBag();
        var text = ContentExpressions.Evaluate("input/events/x.md", body, 5, Globals(), Pipeline, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(body.Replace("{{ site.year }}", "2022", StringComparison.Ordinal), text);
    }

    [Fact]
    public void An_unclosed_expression_in_an_event_file_is_one_error_in_the_build()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\nEen regel.\n\nBaten: {{ finance.income.total\nen meer tekst.\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("input/2022/events/2022-08-01-test.md(7,8): error RPT504: " + Content, error.ToString());
    }

    [Theory]
    [InlineData("<p>{{ site.title\n</p>\n", 1, 4, "This '{{' is never closed. Close it with '}}'")]
    [InlineData("<p>{{ site.title }}</p>\n<p>{{ \"}}\" </p>\n", 2, 4, "This '{{' is never closed. Close it with '}}'")]
    [InlineData("<p>\n  {{ {{ site.title }} }}</p>\n", 2, 3, "This '{{' is never closed: another '{{' follows it before any '}}', and one expression cannot hold another. Close it with '}}' before the next '{{'")]
    [InlineData("<p>{{", 1, 4, "This '{{' is never closed. Close it with '}}'")]
    public void An_unclosed_expression_in_a_theme_template_is_one_error_at_its_braces(string template, int line, int column, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("theme/partials/extra.html", template);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal($"theme/partials/extra.html({line},{column}): error RPT502: {problem}, or write it as text with {{{{ \"{{{{\" }}}}.", error.ToString());
    }

    [Fact]
    public void A_closing_pair_without_an_opening_one_in_a_template_is_text()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/base.html", "</body>", "<p class=\"x\">a }} b</p></body>");
        site.BuildSuccessfully();
        Assert.Equal("a }} b", site.Page().QuerySelector("p.x")!.TextContent);
    }

    private static ScriptObject Globals()
    {
        var globals = new ScriptObject { ["site"] = new ScriptObject { ["year"] = 2022 } };
        globals.Import(TemplateFunctions.Create(1000m));
        return globals;
    }
}
