using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The previous year's figures as a statement prints them in its comparison column: the <c>previous</c> of each line
/// and memo line, a group's <c>previous_total</c> and the saldo's <c>previous</c>. They form a statement of their own,
/// totalled and checked by the same rules as the year's own figures.
/// </summary>
public static class PreviousYear
{
    /// <summary>What the file states of the previous year, or null when it states nothing (or, with an error, too little).</summary>
    /// <param name="previousSaldo">The saldo's <c>previous</c>, read with the rest of the saldo.</param>
    public static FinanceStatement? AsStated(FinanceStatement statement, PublishedFigure? previousSaldo, DiagnosticBag diagnostics)
    {
        var income = Group(statement.Income);
        var expenses = Group(statement.Expenses);
        var memo = statement.Memo
            .Where(m => m.Previous is not null)
            .Select(m => m with { Amount = m.Previous!.Amount, Location = m.Previous.Location, Previous = null })
            .Concat(statement.PreviousOnlyMemo ?? [])
            .ToList();
        if (income is null && expenses is null && previousSaldo is null && memo.Count == 0)
        {
            return null;
        }

        foreach (var (group, stated) in new[] { (statement.Income, income), (statement.Expenses, expenses) })
        {
            if (stated is null)
            {
                diagnostics.Error(DiagnosticCodes.PreviousIncomplete, group.Location,
                    $"The statement gives figures of the previous year ('previous'), but none for {group.Label.ToLowerInvariant()}: "
                    + $"add 'previous' to its lines as published in the comparison column, or 'previous_total: …' where only the total was published.");
            }
        }

        return income is null || expenses is null
            ? null
            : statement with { Income = income, Expenses = expenses, PublishedSaldo = previousSaldo, Memo = memo, Previous = null, PreviousOnlyMemo = null };
    }

    /// <summary>The group's stated previous figures; null when it states none.</summary>
    private static FinanceGroup? Group(FinanceGroup group)
    {
        var lines = group.Lines
            .Where(l => l.Previous is not null)
            .Select(l => l with { Amount = l.Previous!.Amount, Location = l.Previous.Location, Previous = null })
            .Concat(group.PreviousOnly ?? [])
            .ToList();
        return lines.Count == 0 && group.PreviousTotal is null
            ? null
            : group with
            {
                TotalLabel = $"{group.TotalLabel} (previous year)",
                Lines = lines,
                PublishedTotal = group.PreviousTotal,
                PreviousTotal = null,
                PreviousOnly = null,
            };
    }
}
