using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Nests a text's own headings below the heading it is shown under, so the page keeps one outline (WCAG 1.3.1):
/// an event is an h3 on the report page, so its <c># Kop</c> becomes an h4 and <c>## Kop</c> an h5; a chapter is an
/// h2, so its <c># Kop</c> becomes an h3. Levels stop at h6, the deepest HTML has.
/// </summary>
public static class HeadingLevels
{
    /// <summary>The level of the heading an event is shown under on the report page.</summary>
    public const int Event = 3;

    /// <summary>The level of the heading a closing chapter is shown under.</summary>
    public const int Chapter = 2;

    /// <summary>Moves every heading of <paramref name="document"/> <paramref name="below"/> levels down, to at most 6.</summary>
    public static void NestBelow(MarkdownDocument document, int below)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + below);
        }
    }
}
