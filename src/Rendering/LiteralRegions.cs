using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Rendering;

/// <summary>
/// The parts of a Markdown text that are literal text rather than prose: code spans, fenced and indented code
/// blocks and HTML comments. <c>{{ … }}</c> in them is shown as written, never evaluated.
/// </summary>
public static class LiteralRegions
{
    /// <summary>The regions as (start, length) in <paramref name="markdown"/>, in order and not overlapping.</summary>
    /// <param name="pipeline">The pipeline the text is rendered with, so that code is recognised exactly as it will be shown.</param>
    public static IReadOnlyList<(int Start, int Length)> Find(string markdown, MarkdownPipeline pipeline)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var regions = new List<(int Start, int Length)>();
        foreach (var node in document.Descendants())
        {
            if (node is CodeBlock or CodeInline || node is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                regions.Add(Clamp(node.Span.Start, node.Span.End, markdown.Length));
            }
        }

        // With raw HTML off, a comment is not a node but text; it is literal all the same, wherever it is not in code.
        var from = 0;
        while ((from = markdown.IndexOf("<!--", from, StringComparison.Ordinal)) >= 0)
        {
            var end = markdown.IndexOf("-->", from + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            if (!regions.Any(r => from >= r.Start && from < r.Start + r.Length))
            {
                regions.Add((from, end + 3 - from));
            }

            from = end + 3;
        }

        return Merge(regions);
    }

    private static (int Start, int Length) Clamp(int start, int end, int length)
    {
        start = Math.Clamp(start, 0, length);
        return (start, Math.Clamp(end + 1, start, length) - start);
    }

    private static List<(int Start, int Length)> Merge(List<(int Start, int Length)> regions)
    {
        var merged = new List<(int Start, int Length)>();
        foreach (var (start, length) in regions.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.Start + last.Length, start + length) - last.Start);
            }
            else if (length > 0)
            {
                merged.Add((start, length));
            }
        }

        return merged;
    }
}
