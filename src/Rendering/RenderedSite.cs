using Generator.Checking;

namespace Generator.Rendering;

/// <summary>
/// What rendering leaves once every file is in the sink: of each page only its links and ids (by path, with '/'), which
/// the link check needs, and the paths of the other files written (data files, sitemap). No page's HTML is kept.
/// </summary>
public sealed record RenderedSite(IReadOnlyDictionary<string, HtmlLinks> Pages, IReadOnlyList<string> OtherFiles);
