using Generator.Addressing;

namespace Generator.Checking;

/// <summary>
/// The links of one event's or chapter's text that the link check looks at, taken while the text is rendered, so that
/// its Markdown need not be kept until the check.
/// </summary>
/// <param name="Report">The report page the text is shown on; a <c>#place</c> in it means a place there.</param>
/// <param name="OwnPage">The event's own page, where the text is shown too; null for a chapter.</param>
/// <param name="Links">The links, in the order written; never empty (a text without one has no entry).</param>
public sealed record TextLinks(PageAddress Report, PageAddress? OwnPage, IReadOnlyList<ContentLink> Links);
