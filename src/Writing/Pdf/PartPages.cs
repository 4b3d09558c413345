using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Generator.Writing.Pdf;

/// <summary>Finds on which page each part of a printed report starts, from the PDF's outline (its bookmarks).</summary>
public static class PartPages
{
    /// <summary>
    /// The 1-based page of each part whose heading is in the outline, by part id. Parts are matched to outline entries
    /// by title, in order, so an event that happens to share a month's name cannot take the month's place.
    /// </summary>
    /// <param name="pdf">A PDF printed with an outline of its headings.</param>
    public static IReadOnlyDictionary<string, int> Find(byte[] pdf, IReadOnlyList<PrintPart> parts)
    {
        using var document = PdfDocument.Open(pdf);
        var entries = document.TryGetBookmarks(out var bookmarks)
            ? Flatten(bookmarks.Roots).ToList()
            : [];
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var part in parts)
        {
            var found = entries.FindIndex(next, e => string.Equals(e.Title.Trim(), part.Title, StringComparison.Ordinal));
            if (found >= 0)
            {
                pages[part.Id] = entries[found].PageNumber;
                next = found + 1;
            }
        }

        return pages;
    }

    private static IEnumerable<DocumentBookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(node => (node is DocumentBookmarkNode page ? [page] : Array.Empty<DocumentBookmarkNode>()).Concat(Flatten(node.Children)));
}
