using Generator.Reading;

namespace Generator.Computing;

/// <summary>The whole report, ordered and computed: what rendering works from.</summary>
public sealed record AnnualReport(
    SiteSettings Site,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<MonthGroup> Months,
    IReadOnlyList<SectionSource> Sections,
    FinanceReport Finance);
