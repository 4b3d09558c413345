using Generator.Diagnostics;
using Generator.Reading;
using Generator.Text;

namespace Generator.Computing;

/// <summary>
/// A year's statement beside the previous year's, matched by key: per line, per total and for the saldo, both
/// amounts and the difference ("Verschil"), in full euros. A line that exists in one year only has no amount for the
/// other year (null: an empty cell, never a zero), and so no difference.
/// </summary>
/// <param name="PreviousYear">The year compared with (the report's year minus one).</param>
/// <param name="FromSite">True when the previous year's figures come from its own report in the site; false when they
/// are the figures that this year's finance.yml states (<c>previous</c>).</param>
/// <param name="Memo">The memo lines of either year, this year's first.</param>
public sealed record FinanceComparison(
    int PreviousYear,
    bool FromSite,
    ComparedGroup Income,
    ComparedGroup Expenses,
    ComparedFigure Saldo,
    IReadOnlyList<ComparedLine> Memo)
{
    /// <summary>
    /// Compares <paramref name="current"/> with the previous year: its report in the site when there is one, otherwise
    /// the figures the statement states itself. When both exist they must agree: every stated figure is checked against
    /// the previous year's own finance.yml, and each difference is an error (RPT307) naming both files, lines and figures.
    /// </summary>
    /// <param name="current">This year's computed statement.</param>
    /// <param name="previousYear">The previous year's computed statement when that year is in the site; otherwise null.</param>
    /// <param name="year">This statement's year.</param>
    /// <returns>Null when there is nothing to compare with.</returns>
    public static FinanceComparison? Compare(FinanceReport current, FinanceReport? previousYear, int year, DiagnosticBag diagnostics)
    {
        if (previousYear is not null && current.StatedPrevious is { } stated)
        {
            PreviousYearReconciliation.Check(current.Statement, stated, previousYear, year - 1, diagnostics);
        }

        if ((previousYear ?? current.StatedPrevious) is not { } previous)
        {
            return null;
        }

        var unit = current.Statement.Unit;
        var previousUnit = previous.Statement.Unit;
        return new FinanceComparison(
            year - 1,
            previousYear is not null,
            Group(current.Income, previous.Income, unit, previousUnit),
            Group(current.Expenses, previous.Expenses, unit, previousUnit),
            new ComparedFigure(current.Saldo * unit, previous.Saldo * previousUnit),
            Lines(current.Statement.Memo.Select(m => (m.Key, m.Label, m.Amount)), previous.Statement.Memo.Select(m => (m.Key, m.Label, m.Amount)), unit, previousUnit));
    }

    private static ComparedGroup Group(GroupTotal current, GroupTotal previous, decimal unit, decimal previousUnit) => new(
        current.Group.Key,
        Lines(current.Group.Lines.Select(l => (l.Key, l.Label, l.Amount)), previous.Group.Lines.Select(l => (l.Key, l.Label, l.Amount)), unit, previousUnit),
        new ComparedFigure(current.ShownTotal * unit, previous.ShownTotal * previousUnit));

    /// <summary>This year's lines in their order, each with the previous year's amount of the same key; then the lines of the previous year only.</summary>
    private static List<ComparedLine> Lines(IEnumerable<(string Key, string Label, decimal Amount)> current,
        IEnumerable<(string Key, string Label, decimal Amount)> previous, decimal unit, decimal previousUnit)
    {
        var before = previous.ToDictionary(l => l.Key, StringComparer.Ordinal);
        var lines = new List<ComparedLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in current)
        {
            seen.Add(line.Key);
            decimal? then = before.TryGetValue(line.Key, out var match) ? match.Amount * previousUnit : null;
            lines.Add(new ComparedLine(line.Key, line.Label, new ComparedFigure(line.Amount * unit, then)));
        }

        foreach (var line in previous.Where(l => !seen.Contains(l.Key)))
        {
            lines.Add(new ComparedLine(line.Key, line.Label, new ComparedFigure(null, line.Amount * previousUnit)));
        }

        return lines;
    }
}

/// <summary>Baten or lasten of both years.</summary>
/// <param name="Key">The built-in key of the group's total: <see cref="FinanceKeys.Income"/> or <see cref="FinanceKeys.Expenses"/>.</param>
public sealed record ComparedGroup(string Key, IReadOnlyList<ComparedLine> Lines, ComparedFigure Total);

/// <summary>One line of either year, by its key.</summary>
/// <param name="Label">This year's label, or the previous year's for a line that exists only then.</param>
public sealed record ComparedLine(string Key, string Label, ComparedFigure Figure);

/// <summary>One figure in full euros in both years; null for a year that does not have it.</summary>
public sealed record ComparedFigure(decimal? Current, decimal? Previous)
{
    /// <summary>This year's amount minus the previous year's ("Verschil"); null unless both years have it.</summary>
    public decimal? Difference => Current - Previous;
}
