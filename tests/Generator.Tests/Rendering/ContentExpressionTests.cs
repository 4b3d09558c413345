using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Expressions in Markdown take their figures from finance.yml, so prose and table cannot disagree.</summary>
public class ContentExpressionTests
{
    private const string Chapter = "input/sections/ook-dit-was-2022.md";

    [Fact]
    public void The_prose_figures_follow_finance_yml()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/finance.yml", "published_total: 578422", "published_total: 612345");
        site.Edit("input/finance.yml", "published: -26287", "published: 7636");
        site.Edit("input/finance.yml", "amount: 6114", "amount: 7250");
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
        site.Write("input/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\nEen regel.\n\nBaten: {{ finance.income.total | }}\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionSyntax, error.Code);
        Assert.Equal(7, error.Location!.Line);
    }

    [Fact]
    public void Content_cannot_reach_files_or_the_clock()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/events/2022-08-01-test.md", "---\ntitle: Test\ndate: 2022-08-01\n---\n{{ include \"../../etc/passwd\" }} {{ date.now }}\n");
        var errors = site.Build().Diagnostics;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, e.Code));
    }
}
