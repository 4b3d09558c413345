using Generator.Addressing;
using Generator.Reading;

namespace Generator.Computing;

/// <summary>The whole report, ordered and computed: what rendering works from.</summary>
/// <param name="LeftOutDrafts">The paths of draft events that this build leaves out.</param>
/// <param name="Comparison">The statement beside the previous year's; null when there is no previous year to compare with.</param>
public sealed record AnnualReport(
    SiteSettings Site,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<MonthGroup> Months,
    IReadOnlyList<SectionSource> Sections,
    FinanceReport Finance,
    IReadOnlyList<string> LeftOutDrafts,
    FinanceComparison? Comparison = null)
{
    /// <summary>The report's own page, where its events, chapters and finance are shown.</summary>
    public PageAddress Address => PageAddress.Year(Site.Year);

    /// <summary>True when the year before is a draft that this build leaves out (see <see cref="DraftNeighbour"/>): the
    /// report is then built as if that year were absent.</summary>
    public bool PreviousYearIsLeftOutDraft { get; init; }
}
