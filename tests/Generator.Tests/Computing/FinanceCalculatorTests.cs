using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Computing;

public class FinanceCalculatorTests
{
    private static readonly SourceLocation At = new("input/2022/finance.yml", 1, 1);

    private static FinanceStatement Statement(FinanceGroup income, FinanceGroup expenses, decimal? publishedSaldo = null) =>
        new("input/2022/finance.yml", "Baten en lasten", "Baten en lasten 2022", "Realisatie 2022", 1000m, income, expenses,
            "Saldo van baten en lasten", publishedSaldo is { } s ? new PublishedFigure(s, new SourceLocation("input/2022/finance.yml", 20, 14)) : null, [], "note");

    private static FinanceGroup Group(string totalLabel, decimal? published, params decimal[] lines) =>
        new(totalLabel, totalLabel, [.. lines.Select((a, i) => new FinanceLine("regel_" + i, "regel " + i, a))],
            published is { } p ? new PublishedFigure(p, new SourceLocation("input/2022/finance.yml", 17, 20)) : null, At);

    [Fact]
    public void The_2022_statement_shows_the_published_total_within_rounding_and_computes_the_saldo()
    {
        var diagnostics = new DiagnosticBag();
        var report = FinanceCalculator.Compute(
            Statement(Group("Totaal baten", 578422m), Group("Totaal lasten", 604709m, 427973m, 176735m), -26287m), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(report);
        Assert.Equal(604708m, report.Expenses.ComputedTotal);
        Assert.Equal(604709m, report.Expenses.ShownTotal);
        Assert.Equal(578422m, report.Income.ShownTotal);
        Assert.Equal(-26287m, report.Saldo);
        Assert.True(report.ShowRoundingNote);
    }

    [Fact]
    public void Without_a_published_total_the_computed_one_is_shown_and_no_rounding_note()
    {
        var report = FinanceCalculator.Compute(
            Statement(Group("Totaal baten", null, 100.4m, 200.3m), Group("Totaal lasten", null, 50m, 25m, 25m)), new DiagnosticBag());
        Assert.NotNull(report);
        Assert.Equal(300.7m, report.Income.ShownTotal);
        Assert.Equal(100m, report.Expenses.ShownTotal);
        Assert.Equal(200.7m, report.Saldo);
        Assert.False(report.ShowRoundingNote);
    }

    [Theory]
    [InlineData(604709, true)] // the lines add up to 604.708; 2 lines may be 1 off together
    [InlineData(604707, true)]
    [InlineData(604708, true)]
    [InlineData(604710, false)]
    [InlineData(604706, false)]
    public void A_published_total_may_differ_by_half_a_unit_per_line(int published, bool accepted)
    {
        var diagnostics = new DiagnosticBag();
        var report = FinanceCalculator.Compute(
            Statement(Group("Totaal baten", 578422m), Group("Totaal lasten", published, 427973m, 176735m)), diagnostics);
        Assert.Equal(accepted, report is not null);
        Assert.Equal(accepted, !diagnostics.HasErrors);
    }

    [Fact]
    public void A_total_beyond_rounding_is_an_error_naming_the_line_and_both_figures()
    {
        var diagnostics = new DiagnosticBag();
        FinanceCalculator.Compute(Statement(Group("Totaal baten", 578422m), Group("Totaal lasten", 614709m, 427973m, 176735m)), diagnostics);
        Assert.Equal(
            "input/2022/finance.yml(17,20): error RPT303: Totaal lasten: the published total 614.709 differs from the sum of the lines 604.708 by 10.001, "
            + "more than rounding explains (at most 1 for 2 lines). Check the lines in input/2022/finance.yml against the published statement.",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void A_published_saldo_that_is_not_baten_minus_lasten_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var report = FinanceCalculator.Compute(
            Statement(Group("Totaal baten", 578422m), Group("Totaal lasten", 604709m, 427973m, 176735m), -26286m), diagnostics);
        Assert.Null(report);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.PublishedSaldoMismatch, error.Code);
        Assert.Contains("578.422 − 604.709 = −26.287", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_lines_are_subtracted()
    {
        var report = FinanceCalculator.Compute(Statement(Group("Totaal baten", null, 100m, -30m), Group("Totaal lasten", null, 80m)), new DiagnosticBag());
        Assert.Equal(70m, report!.Income.ShownTotal);
        Assert.Equal(-10m, report.Saldo);
    }
}
