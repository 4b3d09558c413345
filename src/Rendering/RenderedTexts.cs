using Generator.Checking;
using Generator.Computing;
using Generator.Images;

namespace Generator.Rendering;

/// <summary>One year with its texts rendered and its photos published: what its pages are made from.</summary>
/// <param name="Report">The year's report without its bodies (<see cref="AnnualReport.WithoutBodies"/>).</param>
/// <param name="EventContent">Each event's text, in timeline order (empty for one with an error).</param>
/// <param name="SectionHtml">Each chapter's text, in order (empty for one with an error).</param>
/// <param name="Links">The links written in the texts, for the link check (only the texts that have some).</param>
/// <param name="Context">The preview's fingerprint of what every text depends on besides itself; empty in a build.</param>
public sealed record RenderedTexts(AnnualReport Report, IReadOnlyList<RenderedContent> EventContent, IReadOnlyList<HtmlString> SectionHtml,
    IReadOnlyList<TextLinks> Links, SitePhotos Photos, string Context)
{
    /// <summary>
    /// The events (by index in timeline order) whose text has an error (reported): shown empty on the report page, their
    /// own pages not made. Empty in a build without errors in the texts.
    /// </summary>
    public IReadOnlySet<int> EventsWithErrors { get; init; } = new HashSet<int>();
}
