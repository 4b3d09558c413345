using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// A Markdown body after its <c>{{ … }}</c> expressions were replaced by their results, with the way back: which
/// character of the body each character of <see cref="Text"/> came from. An expression's result can hold more or fewer
/// lines than the expression itself, so Markdig's positions in the expanded text are mapped back before any diagnostic
/// names them.
/// </summary>
/// <param name="Text">The expanded Markdown.</param>
/// <param name="Body">The body as written in the file.</param>
/// <param name="Pieces">In order of <see cref="Piece.At"/>: where each stretch of the expanded text starts (0-based offset)
/// and the body offset it came from. A verbatim piece is copied character for character; an expression's result maps
/// as a whole to where its <c>{{</c> is written.</param>
public sealed record ExpandedText(string Text, string Body, IReadOnlyList<ExpandedText.Piece> Pieces)
{
    /// <summary>A stretch of the expanded text: its offset there, the body offset it came from, and whether it is copied as written.</summary>
    public readonly record struct Piece(int At, int From, bool Verbatim);

    /// <summary>
    /// True when an expression failed or could not be read (each reported at its place): the text is still checked, with a
    /// failed expression's result left empty, but never published.
    /// </summary>
    public bool Failed { get; init; }

    /// <summary>The body offset (0-based) that the expanded text's character at <paramref name="offset"/> came from.</summary>
    public int SourceOffset(int offset)
    {
        var low = 0;
        var high = Pieces.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Pieces[middle].At <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0)
        {
            return Math.Clamp(offset, 0, Body.Length);
        }

        var piece = Pieces[found];
        return Math.Clamp(piece.Verbatim ? piece.From + (offset - piece.At) : piece.From, 0, Body.Length);
    }

    /// <summary>
    /// Moves every node of a document parsed from <see cref="Text"/> to its line and column (0-based, as Markdig counts
    /// from the body's first line) in the body as written, so that every later diagnostic names the place in the file.
    /// </summary>
    public void MoveToSource(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            (node.Line, node.Column) = SourcePlace(node.Span.Start);
        }
    }

    /// <summary>The line and column (0-based, from the body's first line) in the body as written of the expanded text's character at <paramref name="offset"/>.</summary>
    public (int Line, int Column) SourcePlace(int offset)
    {
        var source = SourceOffset(Math.Max(0, offset));
        var lineStart = source == 0 ? 0 : Body.LastIndexOf('\n', source - 1) + 1;
        return (Body.AsSpan(0, lineStart).Count('\n'), source - lineStart);
    }
}
