using Generator.Reading;

namespace Generator.Computing;

/// <summary>The statement with every total and the saldo computed, and reconciled with what was published.</summary>
/// <param name="Saldo">Totaal baten minus totaal lasten, both as shown.</param>
/// <param name="ShowRoundingNote">True when a shown total differs from the sum of its printed lines.</param>
/// <param name="StatedPrevious">
/// The previous year's figures as the statement prints them in its comparison column (<see cref="FinanceStatement.Previous"/>),
/// totalled and checked like the year's own; null when the statement states none.
/// </param>
public sealed record FinanceReport(
    FinanceStatement Statement,
    GroupTotal Income,
    GroupTotal Expenses,
    decimal Saldo,
    bool ShowRoundingNote,
    FinanceReport? StatedPrevious = null);

/// <param name="ComputedTotal">The sum of the lines; null when the source published only a total.</param>
/// <param name="ShownTotal">The published total where it reconciles with the lines, otherwise the computed one.</param>
public sealed record GroupTotal(FinanceGroup Group, decimal? ComputedTotal, decimal ShownTotal);
