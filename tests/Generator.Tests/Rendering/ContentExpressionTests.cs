using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Expressions in Markdown take their figures from finance.yml, so prose and table cannot disagree.</summary>
public class ContentExpressionTests
{
    private const string Chapter = "input/2022/sections/ook-dit-was-2022.md";

    [Fact]
    public void The_prose_figures_follow_finance_yml()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "published_total: 578422", "published_total: 612345");
        site.Edit("input/2022/finance.yml", "published: -26287", "published: 7636");
        site.Edit("input/2022/finance.yml", "amount: 6114", "amount: 7250");
        site.BuildSuccessfully();

        var text = site.Page().GetElementById("ook-dit-was-2022")!.TextContent;
        Assert.Contains("totale baten van €\u00a0612,3\u00a0miljoen tegenover lasten van €\u00a0604,7\u00a0miljoen", text, StringComparison.Ordinal);
        Assert.Contains("€\u00a07,3\u00a0miljoen voor de Oekraïense inzet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_does_not_exist_is_an_error_at_its_line_and_column()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Chapter, "finance.memo.dwangsommen", "finance.memo.boetes");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Equal(Chapter, error.Location!.Path);
        Assert.Equal(5, error.Location.Line);
        var line = site.Read(Chapter).Split('\n')[4];
        Assert.StartsWith("boetes |", line[(error.Location.Column - 1)..], StringComparison.Ordinal); // the member that does not exist
        Assert.Contains("boetes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_or_function_is_an_error()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Chapter, "| euro_millions }}", "| euro_miljoenen }}");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Contains("euro_miljoenen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_expression_is_a_syntax_error_with_its_position()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\nEen regel.\n\nBaten: {{ finance.income.total | }}\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionSyntax, error.Code);
        Assert.Equal(7, error.Location!.Line);
    }

    [Fact]
    public void Content_cannot_reach_files_or_the_clock()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\n{{ include \"../../etc/passwd\" }} {{ date.now }}\n");
        var errors = site.Build().Diagnostics;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, e.Code));
    }

    [Fact]
    public void Code_spans_and_code_blocks_in_a_built_page_show_their_braces_as_written()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md",
            "---\ntitle: Test\ndate: 2022-08-01\n---\nSchrijf `{{ naam }}` in {{ site.year }}; accolades: {{ \"{{\" }}.\n\n```\n{{ site.year }}\n```\n\n<!-- {{ }} -->\n");
        var result = site.Run("build", "--strict");
        Assert.True(result.ExitCode == 0, result.Error);

        var main = site.Page("2022/08/test/index.html").QuerySelector("main")!;
        Assert.Equal("{{ naam }}", main.QuerySelector("p code")!.TextContent);
        Assert.Equal("{{ site.year }}\n", main.QuerySelector("pre code")!.TextContent);
        Assert.Contains("Schrijf {{ naam }} in 2022; accolades: {{.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("<!-- {{ }} -->", main.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Leeg: {{ }} hier.", "(5,7): error RPT504: '{{ }}' holds no expression")]
    [InlineData("Deling: {{ 1 / 0 }}.", "(5,12): error RPT505: The expression failed: it gives Infinity")]
    [InlineData("Deling: {{ 0 / 0 }}.", "(5,12): error RPT505: The expression failed: it gives NaN")]
    public void An_empty_or_infinite_expression_fails_the_build_at_its_position(string prose, string expected)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", $"---\ntitle: Test\ndate: 2022-08-01\n---\n{prose}\n");
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/2022/events/2022-08-01-test.md" + expected, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_bare_number_is_a_warning_and_an_error_with_strict()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\nBaten: {{ finance.income.total / 1000000 }} miljoen.\n");

        var build = site.Run("build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("input/2022/events/2022-08-01-test.md(5,11): warning RPT510: '{{ finance.income.total / 1000000 }}' writes the bare number 578.422", build.Error, StringComparison.Ordinal);
        Assert.Contains("'| format_number'", build.Error, StringComparison.Ordinal);
        Assert.Contains("'| euro_millions'", build.Error, StringComparison.Ordinal);

        Assert.Equal(1, site.Run("check", "--strict").ExitCode);
    }
}
