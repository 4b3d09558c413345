using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>The examples: an amount written as the statement prints it fails the build at that line.</summary>
public class FinanceAmountBuildTests
{
    [Fact]
    public void A_memo_amount_with_a_thousands_dot_fails_the_build_at_its_line()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "amount: 6114", "amount: 6.114");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/2022/finance.yml(35,13): error RPT302: 'amount' must be a whole number of the statement's unit, written without separators like 427973 or -26287: '6.114' has a thousands dot; write 6114 (no thousands dot).",
            result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_expense_line_with_a_thousands_dot_is_reported_at_that_line_not_as_a_wrong_total()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "amount: 427973", "amount: 427.973");
        site.Edit("input/2022/finance.yml", "  published_total: 604709\n", "");

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        var errors = result.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("input/2022/finance.yml(21,15): error RPT302: ", error, StringComparison.Ordinal);
        Assert.Contains("write 427973 (no thousands dot)", error, StringComparison.Ordinal);
    }
}
