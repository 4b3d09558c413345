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

    /// <summary>
    /// The report once its texts are rendered: the same, with every event's and chapter's body emptied, so the bodies need
    /// not be kept while the pages are made (what the link check needs of them is taken while they are rendered).
    /// </summary>
    public AnnualReport WithoutBodies()
    {
        var events = Events.Select(e => e with { Source = e.Source with { Body = "" } }).ToList();
        // The months hold the same events, in the same (timeline) order.
        var months = new List<MonthGroup>(Months.Count);
        var first = 0;
        foreach (var month in Months)
        {
            months.Add(month with { Events = events.GetRange(first, month.Events.Count) });
            first += month.Events.Count;
        }

        return this with
        {
            Events = events,
            Months = months,
            Sections = [.. Sections.Select(s => s with { Body = "" })],
            FailedEvents = [.. FailedEvents.Select(f => f with { Body = "" })],
            FailedSections = [.. FailedSections.Select(f => f with { Body = "" })],
        };
    }

    /// <summary>True when the year before is a draft that this build leaves out (see <see cref="DraftNeighbour"/>): the
    /// report is then built as if that year were absent.</summary>
    public bool PreviousYearIsLeftOutDraft { get; init; }

    /// <summary>
    /// The events of this build whose front matter failed (reported): they have no page, but their bodies are still checked
    /// (see <see cref="FailedText"/>). Empty in a build without errors.
    /// </summary>
    public IReadOnlyList<FailedText> FailedEvents { get; init; } = [];

    /// <summary>The chapters whose front matter failed (reported): not shown, but their bodies are still checked.</summary>
    public IReadOnlyList<FailedText> FailedSections { get; init; } = [];
}
