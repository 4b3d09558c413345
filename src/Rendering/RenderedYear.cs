using Generator.Checking;
using Generator.Computing;

namespace Generator.Rendering;

/// <summary>
/// One year as rendered, once its pages are in the sink: of each page only its links and ids (by path, with '/'), and
/// each event's text (in timeline order) for the data files, which are written after every year is rendered.
/// </summary>
/// <param name="Links">The links written in the year's texts, for the link check (only the texts that have some).</param>
/// <param name="Logo">The site's logo as published (site.yml's, the same for every year); null when none.</param>
public sealed record RenderedYear(AnnualReport Report, IReadOnlyDictionary<string, HtmlLinks> Pages, IReadOnlyList<RenderedContent> EventContent,
    IReadOnlyList<TextLinks> Links, Images.PublishedImage? Logo = null);
