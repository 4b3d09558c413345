namespace Generator.Computing;

/// <summary>The events of one month, in timeline order. Months without events do not exist.</summary>
public sealed record MonthGroup(int Month, IReadOnlyList<ReportEvent> Events);
