using Generator.Diagnostics;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Nests a text's own headings below the heading it is shown under, so each page keeps one outline without a skipped
/// level (WCAG 1.3.1). An event is an h3 on the report page, so there its <c># Kop</c> becomes an h4 and <c>## Kop</c> an
/// h5; on its own page the event is the h1, so there they are an h2 and an h3. A chapter is an h2, so its <c># Kop</c>
/// becomes an h3. A text's headings start at <c>#</c> and go one level down at a time, and fit below the deepest heading
/// the text is shown under within HTML's six levels: otherwise an error (RPT512) at the heading says how to write it.
/// </summary>
public static class HeadingLevels
{
    /// <summary>The level of the heading an event is shown under on the report page.</summary>
    public const int Event = 3;

    /// <summary>The level of the heading an event is shown under on its own page (its title, the page's h1).</summary>
    public const int EventPage = 1;

    /// <summary>The level of the heading a closing chapter is shown under.</summary>
    public const int Chapter = 2;

    // The level as written in the Markdown (# = 1), kept on the heading so that it can be nested again for another page.
    private static readonly object WrittenLevel = new();

    /// <summary>
    /// Reports (RPT512) each heading of <paramref name="document"/> that skips a level: a first heading that is not
    /// <c>#</c>, one more than one level below the heading before it, or one deeper than HTML's h6 when the text is shown
    /// under an h<paramref name="below"/> (the deepest heading it is shown under, of all its pages). Call before
    /// <see cref="NestBelow"/>.
    /// </summary>
    /// <param name="source">The text the document was parsed from, with the way back to the body as written (for each heading's place).</param>
    public static void Check(MarkdownDocument document, int below, ExpandedText source, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var deepest = 6 - below;
        HeadingBlock? before = null;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var level = heading.Level;
            var problem = level > deepest
                ? $"The heading {Written(heading)} is too deep for its page: this text is shown under an h{below} and HTML stops at h6, so its headings go from '#' to '{new string('#', deepest)}' at most. Make it '{new string('#', deepest)}' or less, and the headings below it shallower too."
                : before is null && level > 1
                    ? $"The heading {Written(heading)} is the text's first, so it must be '# {TableNames.PlainText(heading.Inline)}': a text's headings start at '#', one level below the title the text is shown under, so that screen readers find no level missing. Write its level as '#', and each heading after it at most one '#' more than the one before."
                    : before is not null && level > before.Level + 1
                        ? $"The heading {Written(heading)} skips a level after the heading {Written(before)} on line {Place(before, source).Line + bodyFirstLine}, so screen readers find a level missing. Write it as '{new string('#', before.Level + 1)} {TableNames.PlainText(heading.Inline)}' (at most one '#' more than the heading before it), or add the level between."
                        : null;
            if (problem is not null)
            {
                var (line, column) = Place(heading, source);
                diagnostics.Error(DiagnosticCodes.HeadingSkipsLevel, new SourceLocation(path, line + bodyFirstLine, column + 1), problem);
            }

            before = heading;
        }
    }

    /// <summary>
    /// Sets every heading of <paramref name="document"/> below a heading of level <paramref name="below"/>: the level
    /// written in Markdown plus <paramref name="below"/>, to at most 6. May be called again for another page: the written
    /// level is kept.
    /// </summary>
    /// <returns>Whether the text has any heading.</returns>
    public static bool NestBelow(MarkdownDocument document, int below)
    {
        var any = false;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.GetData(WrittenLevel) is not int written)
            {
                written = heading.Level;
                heading.SetData(WrittenLevel, written);
            }

            heading.Level = Math.Min(6, written + below);
            any = true;
        }

        return any;
    }

    /// <summary>Where a heading starts in the body (0-based): by its span, since Markdig's line of an underlined heading is its underline's.</summary>
    private static (int Line, int Column) Place(HeadingBlock heading, ExpandedText source) => source.SourcePlace(heading.Span.Start);

    /// <summary>A heading as the editor wrote it, quoted: <c>'## Kop'</c>, or <c>'Kop' (underlined with '---', a level-2 heading)</c>.</summary>
    private static string Written(HeadingBlock heading)
    {
        var text = TableNames.PlainText(heading.Inline);
        return heading.IsSetext
            ? $"'{text}' (underlined with '{(heading.HeaderChar == '=' ? "===" : "---")}', a level-{heading.Level} heading like '{new string('#', heading.Level)} {text}')"
            : $"'{new string('#', heading.Level)} {text}'";
    }
}
