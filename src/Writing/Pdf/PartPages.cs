using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Generator.Writing.Pdf;

/// <summary>
/// Finds where each part of a printed report starts, from the PDF's outline (its bookmarks), and which part is current
/// at the top of each page, from the positions of the page's text.
/// </summary>
public static class PartPages
{
    /// <summary>
    /// Reads the parts' places in a printed report. Parts are matched to outline entries by title, in order, so an event
    /// that happens to share a month's name cannot take the month's place. A part opens its page when none of the page's
    /// own text (what the PDF tags as content; the running header and footer are not) stands above its heading.
    /// </summary>
    /// <param name="pdf">A PDF printed with an outline of its headings, whose entries point at the top of the heading.</param>
    public static PartLayout Find(byte[] pdf, IReadOnlyList<PrintPart> parts)
    {
        using var document = PdfDocument.Open(pdf);
        var entries = document.TryGetBookmarks(out var bookmarks)
            ? Flatten(bookmarks.Roots).ToList()
            : [];
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new List<(PrintPart Part, int Page, bool OpensPage)>();
        var next = 0;
        foreach (var part in parts)
        {
            var index = entries.FindIndex(next, e => string.Equals(e.Title.Trim(), part.Title, StringComparison.Ordinal));
            if (index >= 0)
            {
                var entry = entries[index];
                starts[part.Id] = entry.PageNumber;
                found.Add((part, entry.PageNumber, OpensPage(document.GetPage(entry.PageNumber), entry.Destination.Coordinates.Top)));
                next = index + 1;
            }
        }

        var headers = new string?[document.NumberOfPages];
        for (var page = 1; page <= headers.Length; page++)
        {
            headers[page - 1] = found.LastOrDefault(f => f.Page < page || (f.Page == page && f.OpensPage)).Part?.Title;
        }

        return new PartLayout(starts, headers);
    }

    /// <summary>True when nothing of the page's own content (tagged, not an artifact) stands above <paramref name="top"/>
    /// (PDF points from the bottom): no text with its baseline above it and no photo or drawing reaching above it, so the
    /// heading there is the first thing on the page. A page that begins with the photos of the part before does not open
    /// with the heading below them. A destination without a height opens its page.</summary>
    private static bool OpensPage(Page page, double? top)
    {
        if (top is not { } y)
        {
            return true;
        }

        var content = Content(page.GetMarkedContents()).ToList();
        return !content.SelectMany(e => e.Letters).Any(letter => letter.StartBaseLine.Y > y)
            && !content.SelectMany(e => e.Images).Any(image => image.BoundingBox.Top > y + Tolerance)
            && !content.SelectMany(e => e.Paths).Any(path => UglyToad.PdfPig.Core.PdfSubpath.GetBoundingRectangle(path) is { } box && box.Bottom > y + Tolerance);
    }

    /// <summary>How far (in points) a photo or drawing may reach above a heading's top and still count as beside it.</summary>
    private const double Tolerance = 1;

    private static IEnumerable<MarkedContentElement> Content(IEnumerable<MarkedContentElement> elements) =>
        elements.Where(e => !e.IsArtifact).SelectMany(e => Content(e.Children).Prepend(e));

    private static IEnumerable<DocumentBookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(node => (node is DocumentBookmarkNode page ? [page] : Array.Empty<DocumentBookmarkNode>()).Concat(Flatten(node.Children)));
}
