namespace Generator.Computing;

/// <summary>
/// A year built without its previous year, because that year is a draft left out of the build (report.yml has
/// <c>draft: true</c> and --drafts was not given). The year is then built as if the draft's folder were absent: its
/// comparison uses the figures its own finance.yml states for the previous year (<c>previous</c>), unchecked, or there
/// is none; the reader's links lead past the draft. The build says so in one info line per such year.
/// </summary>
/// <param name="Year">The year after the draft.</param>
/// <param name="ComparedWithStated">True when <paramref name="Year"/>'s statement states figures for the draft's year and
/// is compared with them; false when it has no comparison.</param>
public sealed record DraftNeighbour(int Year, bool ComparedWithStated)
{
    /// <summary>The draft year left out: the year before <see cref="Year"/>.</summary>
    public int Draft => Year - 1;

    /// <summary>Every report whose previous year is a left-out draft (<see cref="AnnualReport.PreviousYearIsLeftOutDraft"/>), oldest first.</summary>
    public static IReadOnlyList<DraftNeighbour> Of(IReadOnlyList<AnnualReport> reports) =>
        [.. reports.Where(r => r.PreviousYearIsLeftOutDraft).Select(r => new DraftNeighbour(r.Site.Year, r.Comparison is not null))];
}
