namespace Generator.Reading;

/// <summary>Everything read from the input folder; null parts failed to read and have been reported.</summary>
public sealed record ReportInput(
    SiteSettings? Site,
    FinanceStatement? Finance,
    IReadOnlyList<EventSource> Events,
    IReadOnlyList<SectionSource> Sections);
