namespace Generator.Reading;

/// <summary>Everything read from one year's folder; null parts failed to read and have been reported.</summary>
/// <param name="Site">The site's settings with this year's title, description and year (report.yml).</param>
public sealed record ReportInput(
    SiteSettings? Site,
    FinanceStatement? Finance,
    IReadOnlyList<EventSource> Events,
    IReadOnlyList<SectionSource> Sections);
