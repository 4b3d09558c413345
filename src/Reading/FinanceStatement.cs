using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The statement of income and expenses as published, from <c>finance.yml</c>. Amounts are in <see cref="Unit"/> euros.</summary>
/// <param name="PreviousOnlyMemo">Memo lines printed for the previous year only (<c>previous</c> and no <c>amount</c>); their amount is that figure.</param>
/// <param name="Previous">
/// The previous year's figures as this statement prints them in its comparison column (the <c>previous</c>,
/// <c>previous_total</c> and saldo <c>previous</c> values), as a statement of their own so that the one
/// <see cref="Computing.FinanceCalculator"/> totals and checks them; null when the file states none.
/// </param>
/// <param name="CaptionWarningUnlessCompared">The warning (RPT309) for a caption that names the previous year, to report
/// only when the statement turns out not to compare with that year (neither its folder in the site nor stated
/// <c>previous</c> figures); null when the caption names no previous year.</param>
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
    string RoundingNote,
    FinanceStatement? Previous = null,
    IReadOnlyList<MemoLine>? PreviousOnlyMemo = null,
    Diagnostic? CaptionWarningUnlessCompared = null);

/// <summary>Baten or lasten: the lines and, where the source states one, the published total.</summary>
/// <param name="Key">The group's built-in key (<see cref="FinanceKeys.Income"/> or <see cref="FinanceKeys.Expenses"/>).</param>
/// <param name="Complete">False when a line could not be read (and was reported): its total cannot be computed.</param>
/// <param name="PreviousTotal">The previous year's total as this statement prints it (<c>previous_total</c>); null when not stated.</param>
/// <param name="PreviousOnly">Lines printed with a figure for the previous year only (<c>previous</c> and no <c>amount</c>):
/// never part of this year's total. Their <see cref="FinanceLine.Amount"/> is that previous figure.</param>
public sealed record FinanceGroup(
    string Label,
    string TotalLabel,
    IReadOnlyList<FinanceLine> Lines,
    PublishedFigure? PublishedTotal,
    SourceLocation Location,
    bool Complete = true,
    string Key = "",
    PublishedFigure? PreviousTotal = null,
    IReadOnlyList<FinanceLine>? PreviousOnly = null);

/// <summary>One line of baten or lasten.</summary>
/// <param name="Key">The stable name that matches the line across years (labels may change); see <see cref="FinanceKeys"/>.</param>
/// <param name="Amount">In the statement's unit.</param>
/// <param name="Location">Where the amount stands in finance.yml; null for a line made in code.</param>
/// <param name="Previous">The previous year's amount as this statement prints it (<c>previous</c>); null when not stated.</param>
public sealed record FinanceLine(string Key, string Label, decimal Amount, SourceLocation? Location = null, PublishedFigure? Previous = null);

/// <summary>A figure as printed in the source, with where it stands in finance.yml.</summary>
public sealed record PublishedFigure(decimal Amount, SourceLocation Location);

/// <summary>A line shown for information ("waarvan"): part of the costs already, never added again.</summary>
/// <param name="Location">Where the amount stands in finance.yml; null for a line made in code.</param>
/// <param name="Previous">The previous year's amount as this statement prints it (<c>previous</c>); null when not stated.</param>
public sealed record MemoLine(string Key, string Label, decimal Amount, SourceLocation? Location = null, PublishedFigure? Previous = null);
