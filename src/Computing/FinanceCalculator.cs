using Generator.Diagnostics;
using Generator.Reading;
using Generator.Text;

namespace Generator.Computing;

/// <summary>Computes the totals and the saldo in decimal, and checks them against the published figures.</summary>
public static class FinanceCalculator
{
    /// <summary>Each printed line may be off by half a unit through rounding.</summary>
    private const decimal RoundingPerLine = 0.5m;

    /// <summary>
    /// The statement's totals and saldo, with its stated previous-year figures (if any) computed by the same rules;
    /// null after reporting why not (a line that could not be read, a published figure that does not reconcile).
    /// </summary>
    public static FinanceReport? Compute(FinanceStatement statement, DiagnosticBag diagnostics)
    {
        var previous = statement.Previous is { } stated ? Compute(stated, diagnostics) : null;
        var report = ComputeYear(statement, diagnostics);
        return report is null || (statement.Previous is not null && previous is null) ? null : report with { StatedPrevious = previous };
    }

    private static FinanceReport? ComputeYear(FinanceStatement statement, DiagnosticBag diagnostics)
    {
        // Both groups are checked before giving up, so one run shows every problem.
        var income = Total(statement.Income, statement.Path, diagnostics);
        var expenses = Total(statement.Expenses, statement.Path, diagnostics);
        if (income is null || expenses is null)
        {
            return null;
        }

        var saldo = income.ShownTotal - expenses.ShownTotal;
        if (statement.PublishedSaldo is { } published && published.Amount != saldo)
        {
            diagnostics.Error(DiagnosticCodes.PublishedSaldoMismatch, published.Location,
                $"The published saldo {DutchNumbers.Amount(published.Amount)} is not {statement.Income.TotalLabel.ToLowerInvariant()} minus {statement.Expenses.TotalLabel.ToLowerInvariant()} "
                + $"({DutchNumbers.Amount(income.ShownTotal)} − {DutchNumbers.Amount(expenses.ShownTotal)} = {DutchNumbers.Amount(saldo)}). Correct the figures, or leave 'published' out to show the computed saldo.");
            return null;
        }

        var rounded = IsRounded(income) || IsRounded(expenses);
        return new FinanceReport(statement, income, expenses, saldo, rounded);
    }

    public static decimal Sum(IEnumerable<FinanceLine> lines)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            sum += line.Amount;
        }

        return sum;
    }

    private static GroupTotal? Total(FinanceGroup group, string path, DiagnosticBag diagnostics)
    {
        if (!group.Complete)
        {
            // A line could not be read and has been reported; a sum without it would only mislead.
            return null;
        }

        if (group.Lines.Count == 0)
        {
            // Only a total was published: there is nothing to add up or reconcile.
            return new GroupTotal(group, null, group.PublishedTotal!.Amount);
        }

        var computed = Sum(group.Lines);
        if (group.PublishedTotal is not { } published)
        {
            return new GroupTotal(group, computed, computed);
        }

        var tolerance = RoundingPerLine * group.Lines.Count;
        var difference = Math.Abs(published.Amount - computed);
        if (difference > tolerance)
        {
            diagnostics.Error(DiagnosticCodes.PublishedTotalMismatch, published.Location,
                $"{group.TotalLabel}: the published total {DutchNumbers.Amount(published.Amount)} differs from the sum of the lines {DutchNumbers.Amount(computed)} "
                + $"by {DutchNumbers.Amount(difference)}, more than rounding explains (at most {DutchNumbers.Amount(tolerance)} for {group.Lines.Count} lines). "
                + $"Check the lines in {path} against the published statement.");
            return null;
        }

        return new GroupTotal(group, computed, published.Amount);
    }

    private static bool IsRounded(GroupTotal total) =>
        total.ComputedTotal is { } computed && computed != total.ShownTotal;
}
