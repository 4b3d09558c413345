using Generator.Diagnostics;
using Generator.Reading;
using Generator.Text;

namespace Generator.Computing;

/// <summary>
/// The cross-year reconciliation an auditor does by hand: the previous-year figures that a statement prints in its
/// comparison column must be the figures of the previous year's own statement, line by line (matched by key), for the
/// totals and the saldo where they are stated, and for the memo lines.
/// </summary>
public static class PreviousYearReconciliation
{
    /// <summary>Reports (RPT307) every stated figure that differs from, or has no line in, the previous year's statement.</summary>
    /// <param name="statement">This year's statement, whose file holds the stated figures.</param>
    /// <param name="stated">Its stated previous-year figures, computed.</param>
    /// <param name="previous">The previous year's own statement, computed.</param>
    public static void Check(FinanceStatement statement, FinanceReport stated, FinanceReport previous, int previousYear, DiagnosticBag diagnostics)
    {
        var unit = statement.Unit;
        var other = previous.Statement;
        var lines = other.Income.Lines.Concat(other.Expenses.Lines)
            .Select(l => (l.Key, l.Label, l.Amount, l.Location))
            .Concat(other.Memo.Select(m => (m.Key, m.Label, m.Amount, m.Location)))
            .ToDictionary(l => l.Key, StringComparer.Ordinal);
        var statedLines = statement.Income.Lines.Concat(statement.Income.PreviousOnly ?? [])
            .Concat(statement.Expenses.Lines).Concat(statement.Expenses.PreviousOnly ?? [])
            .Select(l => (l.Key, l.Label, l.Previous))
            .Concat(statement.Memo.Concat(statement.PreviousOnlyMemo ?? []).Select(m => (m.Key, m.Label, m.Previous)));
        foreach (var (key, label, figure) in statedLines)
        {
            if (figure is null)
            {
                continue;
            }

            if (!lines.TryGetValue(key, out var match))
            {
                diagnostics.Error(DiagnosticCodes.PreviousYearMismatch, figure.Location,
                    $"'{label}' (key '{key}') states {Shown(figure.Amount, unit)} for {previousYear}, but {other.Path} has no line with the key '{key}'. "
                    + $"Give the line the key it has in {previousYear}, or remove 'previous' if the line is new.");
                continue;
            }

            Agree($"'{label}' (key '{key}')", figure, match.Amount, match.Location, unit, other, previousYear, diagnostics);
        }

        foreach (var (group, previousGroup) in new[] { (statement.Income, previous.Income), (statement.Expenses, previous.Expenses) })
        {
            if (group.PreviousTotal is { } total)
            {
                Agree($"{group.TotalLabel} (key '{group.Key}')", total, previousGroup.ShownTotal, previousGroup.Group.PublishedTotal?.Location,
                    unit, other, previousYear, diagnostics);
            }
        }

        if (stated.Statement.PublishedSaldo is { } saldo)
        {
            Agree($"{statement.SaldoLabel} (key '{FinanceKeys.Saldo}')", saldo, previous.Saldo, other.PublishedSaldo?.Location,
                unit, other, previousYear, diagnostics);
        }
    }

    /// <param name="where">Where the previous year's figure stands in its file; null for a figure computed there (a total without a published one, the saldo).</param>
    private static void Agree(string what, PublishedFigure figure, decimal theirs, SourceLocation? where, decimal unit, FinanceStatement other, int previousYear,
        DiagnosticBag diagnostics)
    {
        if (figure.Amount * unit == theirs * other.Unit)
        {
            return;
        }

        diagnostics.Error(DiagnosticCodes.PreviousYearMismatch, figure.Location,
            $"{what}: the figure for {previousYear} stated here, {Shown(figure.Amount, unit)}, differs from {previousYear}'s own statement, "
            + $"{Shown(theirs, other.Unit)} {(where is null ? $"as computed from {other.Path}" : $"at {where.Path}({where.Line},{where.Column})")}. Correct the figure that is wrong.");
    }

    private static string Shown(decimal amount, decimal unit) =>
        unit == 1 ? DutchNumbers.Together("€", DutchNumbers.Amount(amount)) : $"{DutchNumbers.Amount(amount)} ({DutchNumbers.EuroUnit(unit)})";
}
