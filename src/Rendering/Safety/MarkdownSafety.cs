using Generator.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Rendering.Safety;

/// <summary>
/// Checks a Markdown text's final tree, after every link was rewritten: every link, image, autolink and reference
/// definition through <see cref="UrlPolicy"/>, and (where the site allows raw HTML) every HTML tag through
/// <see cref="HtmlSafety"/>. Each problem is an error at its line and column; nothing is changed or dropped.
/// </summary>
public static class MarkdownSafety
{
    /// <param name="finalUrl">The address as the HTML renderer will write it (the same rewriting).</param>
    /// <returns>True when the text is safe to render.</returns>
    public static bool Check(MarkdownDocument document, Func<string, string> finalUrl, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var safe = true;
        void Report(int line, int column, string what, string fix)
        {
            safe = false;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, new SourceLocation(path, line + bodyFirstLine, column + 1),
                $"{Capitalise(what)} could run code or load content in a reader's browser or feed reader, so the text is not published. {fix}");
        }

        // A link made from a reference definition is reported once, at the definition.
        var reported = new HashSet<LinkReferenceDefinition>();
        void CheckUrl(MarkdownObject node, string kind, string? url)
        {
            if (url is null || UrlPolicy.UnsafeScheme(finalUrl(url)) is not { } scheme)
            {
                return;
            }

            if (node is LinkInline { Reference: { } definition } && !reported.Add(definition))
            {
                return;
            }

            if (node is LinkReferenceDefinition self)
            {
                reported.Add(self);
            }

            var reading = url.StartsWith(scheme, StringComparison.Ordinal) ? "" : $" (a browser reads it as '{Shorten(scheme)}')";
            var at = node is LinkInline { Reference: { } source } ? source : node;
            Report(at.Line, at.Column, $"the {kind} '{Shorten(url)}'{reading}",
                $"Only {UrlPolicy.Allowed} addresses and links within the report are allowed: link to an https:// page instead, or remove the link.");
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    CheckUrl(link, link.IsImage ? "image address" : "link address", link.GetDynamicUrl?.Invoke() ?? link.Url);
                    break;
                case AutolinkInline autolink:
                    CheckUrl(autolink, "link address", autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url);
                    break;
                case LinkReferenceDefinition definition when !reported.Contains(definition):
                    // Markdig keeps a definition's address as written; the links made from it get it decoded.
                    CheckUrl(definition, "address of the link definition", definition.Url is { } raw ? CharacterReferences.DecodeAttribute(raw).Value : null);
                    break;
                case HtmlInline html:
                    foreach (var problem in HtmlSafety.Find(html.Tag))
                    {
                        var (line, column) = Position(html.Tag, problem.Offset, html.Line, html.Column);
                        Report(line, column, problem.What + " in the HTML", problem.Fix);
                    }

                    break;
                case HtmlBlock block:
                    CheckBlock(block, Report);
                    break;
            }
        }

        return safe;
    }

    private static void CheckBlock(HtmlBlock block, Action<int, int, string, string> report)
    {
        var (text, at) = BlockText(block);
        foreach (var problem in HtmlSafety.Find(text))
        {
            var (line, column) = at(problem.Offset);
            report(line, column, problem.What + " in the HTML", problem.Fix);
        }
    }

    /// <summary>An HTML block's lines as one text (a tag may span lines), and the place (0-based line and column, as Markdig counts) of an offset in it.</summary>
    internal static (string Text, Func<int, (int Line, int Column)> At) BlockText(HtmlBlock block)
    {
        var lines = block.Lines;
        var starts = new int[lines.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = text.Length;
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        return (text.ToString(), offset =>
        {
            var index = Array.BinarySearch(starts, offset);
            index = index >= 0 ? index : ~index - 1;
            var line = lines.Lines[index];
            return (line.Line, line.Column + offset - starts[index]);
        }
        );
    }

    /// <summary>The place (0-based) of <paramref name="offset"/> in <paramref name="text"/>, which starts at <paramref name="line"/> and <paramref name="column"/>.</summary>
    internal static (int Line, int Column) Position(string text, int offset, int line, int column)
    {
        var before = text.AsSpan(0, offset);
        var breaks = before.Count('\n');
        return breaks == 0 ? (line, column + offset) : (line + breaks, offset - before.LastIndexOf('\n') - 1);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string url)
    {
        var visible = new string([.. url.Select(c => char.IsControl(c) ? '·' : c)]);
        return visible.Length <= 60 ? visible : visible[..60] + "…";
    }
}
