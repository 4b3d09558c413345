using Generator.Checking;

namespace Generator.Rendering;

/// <summary>A Markdown body as HTML, with its links written for each place it is shown.</summary>
/// <param name="OnReportPage">For the year's report page, and the year's data files beside it.</param>
/// <param name="OnEventPage">For the event's own page (a chapter's: the same as on the report page).</param>
/// <param name="AtSiteRoot">For the site-wide data files at the root (events.json, feed.xml).</param>
/// <param name="Links">The links in the Markdown that the link check looks at (see <see cref="ContentLinkChecker.Find"/>): the body itself is not kept.</param>
public sealed record RenderedContent(HtmlString OnReportPage, HtmlString OnEventPage, HtmlString AtSiteRoot, IReadOnlyList<ContentLink> Links);
