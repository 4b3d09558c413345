using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The statement of income and expenses as published, from <c>finance.yml</c>. Amounts are in <see cref="Unit"/> euros.</summary>
public sealed record FinanceStatement(
    string Path,
    string Title,
    string Caption,
    string ColumnHeading,
    decimal Unit,
    FinanceGroup Income,
    FinanceGroup Expenses,
    string SaldoLabel,
    PublishedFigure? PublishedSaldo,
    IReadOnlyList<MemoLine> Memo,
    string RoundingNote);

/// <summary>Baten or lasten: the lines and, where the source states one, the published total.</summary>
/// <param name="Complete">False when a line could not be read (and was reported): its total cannot be computed.</param>
public sealed record FinanceGroup(
    string Label,
    string TotalLabel,
    IReadOnlyList<FinanceLine> Lines,
    PublishedFigure? PublishedTotal,
    SourceLocation Location,
    bool Complete = true);

public sealed record FinanceLine(string Label, decimal Amount);

/// <summary>A figure as printed in the source, with where it stands in finance.yml.</summary>
public sealed record PublishedFigure(decimal Amount, SourceLocation Location);

/// <summary>A line shown for information ("waarvan"): part of the costs already, never added again.</summary>
public sealed record MemoLine(string Key, string Label, decimal Amount);
