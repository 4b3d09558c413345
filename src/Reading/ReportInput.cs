namespace Generator.Reading;

/// <summary>Everything read from one year's folder; null parts failed to read and have been reported.</summary>
/// <param name="Site">The site's settings with this year's title, description and year (report.yml).</param>
public sealed record ReportInput(
    SiteSettings? Site,
    FinanceStatement? Finance,
    IReadOnlyList<EventSource> Events,
    IReadOnlyList<SectionSource> Sections)
{
    /// <summary>The events whose front matter failed (reported): no page, but their bodies are still checked.</summary>
    public IReadOnlyList<FailedText> FailedEvents { get; init; } = [];

    /// <summary>The chapters whose front matter failed (reported): not shown, but their bodies are still checked.</summary>
    public IReadOnlyList<FailedText> FailedSections { get; init; } = [];
}
