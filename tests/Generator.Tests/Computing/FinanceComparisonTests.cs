using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Computing;

/// <summary>Two years' statements side by side, matched by key; and the previous year's figures a statement states itself.</summary>
public class FinanceComparisonTests
{
    // A fictional organisation: 2029 in full euros, 2030 in thousands; labels changed, one line new, one line gone.
    private const string Year2029 = """
        unit: 1
        income:
          lines:
            - key: bijdrage
              label: Bijdrage van het ministerie
              amount: 1150000
            - key: verhuur
              label: Verhuur van zalen
              amount: 20000
        expenses:
          lines:
            - key: personeel
              label: Personeel
              amount: 910000
            - key: materieel
              label: Materieel
              amount: 300000
        memo:
          - key: project
            label: Kosten project 2029
            amount: 40000

        """;

    private const string Year2030 = """
        unit: 1000
        income:
          lines:
            - key: bijdrage
              label: Bijdrage moederdepartement
              amount: 1200
            - key: overige_baten
              label: Overige baten
              amount: 34
        expenses:
          lines:
            - key: personeel
              label: Personele kosten
              amount: 900
            - key: materieel
              label: Materiële kosten
              amount: 400
        memo:
          - key: project
            label: Kosten project 2030
            amount: 55

        """;

    [Fact]
    public void Two_years_in_the_site_are_matched_by_key_in_full_euros_with_an_empty_cell_for_a_line_of_one_year()
    {
        var diagnostics = new DiagnosticBag();
        var comparison = FinanceComparison.Compare(Report(Year2030, "input/2030/finance.yml"), Report(Year2029, "input/2029/finance.yml"), 2030, diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(2029, comparison.PreviousYear);
        Assert.True(comparison.FromSite);
        Assert.Equal(
            [
                ("bijdrage", "Bijdrage moederdepartement", 1_200_000m, 1_150_000m, 50_000m),
                ("overige_baten", "Overige baten", 34_000m, (decimal?)null, (decimal?)null),
                ("verhuur", "Verhuur van zalen", (decimal?)null, 20_000m, (decimal?)null),
            ],
            comparison.Income.Lines.Select(l => (l.Key, l.Label, l.Figure.Current, l.Figure.Previous, l.Figure.Difference)));
        Assert.Equal(new ComparedFigure(1_234_000m, 1_170_000m), comparison.Income.Total);
        Assert.Equal(64_000m, comparison.Income.Total.Difference);
        Assert.Equal("baten", comparison.Income.Key);
        Assert.Equal(("lasten", 90_000m), (comparison.Expenses.Key, comparison.Expenses.Total.Difference));
        Assert.Equal(-10_000m, comparison.Expenses.Lines.Single(l => l.Key == "personeel").Figure.Difference);
        Assert.Equal(new ComparedFigure(-66_000m, -40_000m), comparison.Saldo);
        Assert.Equal(-26_000m, comparison.Saldo.Difference);
        Assert.Equal(15_000m, Assert.Single(comparison.Memo).Figure.Difference);
    }

    [Fact]
    public void Without_a_previous_year_or_stated_figures_there_is_nothing_to_compare()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FinanceComparison.Compare(Report(Year2030, "input/finance.yml"), null, 2030, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Stated_previous_figures_drive_the_comparison_when_the_previous_year_is_not_in_the_site()
    {
        var diagnostics = new DiagnosticBag();
        var comparison = FinanceComparison.Compare(Report(Stated, "input/finance.yml"), null, 2030, diagnostics)!;

        Assert.Empty(diagnostics.ToSortedList());
        Assert.False(comparison.FromSite);
        Assert.Equal([1_150_000m, null, 20_000m], comparison.Income.Lines.Select(l => l.Figure.Previous));
        Assert.Equal([1_200_000m, 34_000m, null], comparison.Income.Lines.Select(l => l.Figure.Current));
        Assert.Equal(1_170_000m, comparison.Income.Total.Previous);
        Assert.Equal(1_210_000m, comparison.Expenses.Total.Previous);
        Assert.Equal(-40_000m, comparison.Saldo.Previous);
        Assert.Equal(40_000m, comparison.Memo[0].Figure.Previous);
    }

    [Fact]
    public void Stated_figures_that_agree_with_the_previous_year_in_the_site_pass_the_reconciliation()
    {
        var diagnostics = new DiagnosticBag();
        var comparison = FinanceComparison.Compare(Report(Stated, "input/2030/finance.yml"), Report(Year2029, "input/2029/finance.yml"), 2030, diagnostics)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(comparison.FromSite);
        Assert.Equal(20_000m, comparison.Income.Lines.Single(l => l.Key == "verhuur").Figure.Previous);
    }

    // Every kind of stated figure (a line, a line of the previous year only, a memo line, a total, the saldo) and a key the
    // previous year does not have: each figure that no longer agrees with 2029's own statement is an error at that figure.
    [Theory]
    [InlineData("amount: 1150000", "amount: 1151000", new[] { 7, 14, 27 }, 7,
        "'Bijdrage moederdepartement' (key 'bijdrage'): the figure for 2029 stated here, 1.150 (×\u00a0€\u00a01.000), differs from 2029's own statement, €\u00a01.151.000 at input/2029/finance.yml(6,15). Correct the figure that is wrong.")]
    [InlineData("amount: 1150000", "amount: 1151000", new[] { 7, 14, 27 }, 27,
        "Saldo van baten en lasten (key 'saldo'): the figure for 2029 stated here, −40 (×\u00a0€\u00a01.000), differs from 2029's own statement, €\u00a0−39.000 as computed from input/2029/finance.yml. Correct the figure that is wrong.")]
    [InlineData("amount: 20000", "amount: 25000", new[] { 13, 14, 27 }, 14,
        "Totaal baten (key 'baten'): the figure for 2029 stated here, 1.170 (×\u00a0€\u00a01.000), differs from 2029's own statement, €\u00a01.175.000 as computed from input/2029/finance.yml. Correct the figure that is wrong.")]
    [InlineData("amount: 20000", "amount: 25000", new[] { 13, 14, 27 }, 13,
        "'Verhuur van zalen' (key 'verhuur'): the figure for 2029 stated here, 20 (×\u00a0€\u00a01.000), differs from 2029's own statement, €\u00a025.000 at input/2029/finance.yml(9,15). Correct the figure that is wrong.")]
    [InlineData("amount: 40000", "amount: 41000", new[] { 32 }, 32,
        "'Kosten project 2030' (key 'project'): the figure for 2029 stated here, 40 (×\u00a0€\u00a01.000), differs from 2029's own statement, €\u00a041.000 at input/2029/finance.yml(21,13). Correct the figure that is wrong.")]
    [InlineData("key: personeel", "key: personeelskosten", new[] { 20 }, 20,
        "'Personele kosten' (key 'personeel') states 910 (×\u00a0€\u00a01.000) for 2029, but input/2029/finance.yml has no line with the key 'personeel'. Give the line the key it has in 2029, or remove 'previous' if the line is new.")]
    public void A_stated_figure_that_differs_from_the_previous_year_in_the_site_is_an_error_naming_both_files_lines_and_figures(
        string from, string to, int[] lines, int line, string message)
    {
        var diagnostics = new DiagnosticBag();
        var previous = Report(Year2029.Replace(from, to, StringComparison.Ordinal), "input/2029/finance.yml");
        FinanceComparison.Compare(Report(Stated, "input/2030/finance.yml"), previous, 2030, diagnostics);

        var errors = diagnostics.ToSortedList();
        Assert.All(errors, e => Assert.Equal((DiagnosticCodes.PreviousYearMismatch, "input/2030/finance.yml"), (e.Code, e.Location!.Path)));
        Assert.Equal(lines, errors.Select(e => e.Location!.Line));
        Assert.Equal(message, errors.Single(e => e.Location!.Line == line).Message);
    }

    [Fact]
    public void Stated_lines_are_checked_against_a_stated_previous_total_like_the_years_own()
    {
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(Stated.Replace("previous_total: 1170", "previous_total: 1190", StringComparison.Ordinal), "input/finance.yml", diagnostics)!;
        Assert.Null(FinanceCalculator.Compute(statement, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.PublishedTotalMismatch, 14), (error.Code, error.Location!.Line));
        Assert.StartsWith("Totaal baten (previous year): the published total 1.190 differs from the sum of the lines 1.170", error.Message, StringComparison.Ordinal);
    }

    // 2030 in thousands with the comparison column of its printed statement.
    private const string Stated = """
        unit: 1000
        income:
          lines:
            - key: bijdrage
              label: Bijdrage moederdepartement
              amount: 1200
              previous: 1150 # bijdrage
            - key: overige_baten
              label: Overige baten
              amount: 34
            - key: verhuur
              label: Verhuur van zalen
              previous: 20
          previous_total: 1170
        expenses:
          lines:
            - key: personeel
              label: Personele kosten
              amount: 900
              previous: 910
            - key: materieel
              label: Materiële kosten
              amount: 400
              previous: 300
        saldo:
          published: -66
          previous: -40 # saldo
        memo:
          - key: project
            label: Kosten project 2030
            amount: 55
            previous: 40 # memo

        """;

    private static FinanceReport Report(string yaml, string path)
    {
        var diagnostics = new DiagnosticBag();
        var report = FinanceCalculator.Compute(FinanceReader.Read(yaml, path, diagnostics)!, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return report!;
    }
}
