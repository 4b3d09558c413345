using Generator.Addressing;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Rendering.Safety;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Checking;

/// <summary>
/// Checks the links written in Markdown on the pages where the text appears (the report page, and an event's own page),
/// so that one that leads nowhere is reported at its file, line and column with the fix, not as a broken link on a
/// generated page. Links to other Markdown files are resolved and checked by <see cref="ContentLinks"/>, pictures by the
/// image library; full addresses (https:, mailto:) are not checked.
/// </summary>
public static class ContentLinkChecker
{
    // Links only: tables, emphasis or raw HTML do not change where a link is.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>
    /// The links of a text that the check looks at (not pictures, full addresses or links to other Markdown files), each with
    /// its line and column in the file; empty for most texts.
    /// </summary>
    /// <param name="parsed">
    /// The text as the renderer parsed it, when that is the parse the check would make (see <see cref="ParsesAlike"/>);
    /// null to have it parsed here.
    /// </param>
    /// <param name="rawHtml">Whether raw HTML reaches the pages (<c>allow_raw_html</c>): then the href and src addresses in it are links too.</param>
    public static IReadOnlyList<ContentLink> Find(string path, string body, int bodyFirstLine, MarkdownDocument? parsed, bool rawHtml = false)
    {
        var html = rawHtml && body.Contains('<', StringComparison.Ordinal);
        if (!html && !MayHaveSiteLinks(body))
        {
            return [];
        }

        List<ContentLink>? found = null;
        foreach (var node in (parsed ?? Markdown.Parse(body, Pipeline)).Descendants())
        {
            switch (node)
            {
                case LinkInline link when !link.IsImage && !IsExternal(link.Url ?? "") && !ContentLinks.IsMarkdownFileLink(link.Url ?? ""):
                    (found ??= []).Add(new ContentLink(link.Url ?? "", new SourceLocation(path, link.Line + bodyFirstLine, link.Column + 1)));
                    break;
                case HtmlInline inline when html:
                    AddHtmlLinks(inline.Tag, offset => MarkdownSafety.Position(inline.Tag, offset, inline.Line, inline.Column), path, bodyFirstLine, ref found);
                    break;
                case HtmlBlock block when html:
                    var (text, at) = MarkdownSafety.BlockText(block);
                    AddHtmlLinks(text, at, path, bodyFirstLine, ref found);
                    break;
            }
        }

        return found ?? [];
    }

    /// <summary>The href and src addresses of the tags in raw HTML (as a browser reads them: decoded), at the place of their tag.</summary>
    private static void AddHtmlLinks(string html, Func<int, (int Line, int Column)> place, string path, int bodyFirstLine, ref List<ContentLink>? found)
    {
        foreach (var tag in HtmlTagReader.ReadAll(html))
        {
            foreach (var raw in new[] { tag["href"], tag["src"] })
            {
                var url = raw is null ? null : CharacterReferences.DecodeAttribute(raw).Value;
                if (tag.InMarkup && url is not null && !IsExternal(url))
                {
                    var (line, column) = place(tag.Offset);
                    (found ??= []).Add(new ContentLink(url, new SourceLocation(path, line + bodyFirstLine, column + 1), InHtml: true));
                }
            }
        }
    }

    /// <summary>
    /// Whether the renderer's parse of <paramref name="markdown"/> finds the links the check's own parse of
    /// <paramref name="body"/> finds, at the same places: the same text (no expressions in it), and raw HTML either
    /// allowed (the same pipeline) or absent (shown as text, it would start with '&lt;').
    /// </summary>
    public static bool ParsesAlike(string body, string markdown, bool rawHtmlAllowed) =>
        ReferenceEquals(body, markdown) && (rawHtmlAllowed || !body.Contains('<', StringComparison.Ordinal));

    /// <param name="texts">The links of every text, taken when it was rendered (see <see cref="Find"/>).</param>
    /// <param name="pages">Each page's links and ids, by path.</param>
    /// <param name="otherFiles">Paths of the files that are not pages (assets, the PDF, data files).</param>
    public static void Check(IReadOnlyList<TextLinks> texts, IReadOnlyDictionary<string, HtmlLinks> pages, IReadOnlyCollection<string> otherFiles, DiagnosticBag diagnostics)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var existing = new HashSet<string>(pages.Keys.Concat(otherFiles), StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (url, at, inHtml) in text.Links)
            {
                if (url.StartsWith("//", StringComparison.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.ContentLinkBroken, at, Explain(url, "", "", inHtml));
                    continue;
                }

                foreach (var page in text.OwnPage is { } own ? [text.Report, own] : new[] { text.Report })
                {
                    // As ContentRenderer writes it: an anchor means a place on the report page, from every page (raw HTML stays as written).
                    var address = url.StartsWith('#') && !inHtml ? page.LinkTo(text.Report.Page + url) : url;
                    if (OutputLinkChecker.Problem(page.Page, address, existing, pages) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.ContentLinkBroken, at, Explain(url, page.Page, problem, inHtml));
                        break;
                    }
                }
            }
        }
    }

    private static string Explain(string url, string page, string problem, bool inHtml)
    {
        if (inHtml && url.StartsWith('#'))
        {
            return $"The link '{url}' in the HTML leads nowhere from {page}: {problem}. HTML reaches every page of the text as written, so an anchor in it means a place on each of them; "
                + "write the link in Markdown, like [maart](#maart), to point to a place on the report page from every page.";
        }

        var byName = "Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.";
        return url switch
        {
            "" => "The link has no address. " + byName,
            ['/', '/', ..] => $"The link '{url}' has no scheme; write its full https:// address.",
            ['/', ..] => $"The link '{url}' starts at the host's root, which breaks when the site is opened from disk or under a sub-path. {byName}",
            ['#', ..] => $"The link '{url}' points to a place the report page does not have. Places are the months (#maart), the events (by the address of their page, like #samenvoeging-ind-loketten), the chapters and #baten-en-lasten; or link to an event by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md).",
            _ => $"The link '{url}' leads nowhere from {page}: {problem}. {byName}",
        };
    }

    /// <summary>A full address (https:, mailto:), which the site cannot check; '//host/…' is not one.</summary>
    private static bool IsExternal(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '#', '?']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>
    /// A quick look before parsing: only a text with an inline link whose address is not a full address or a Markdown
    /// file, or with a reference definition, can hold a link to check.
    /// </summary>
    private static bool MayHaveSiteLinks(string body)
    {
        if (body.Contains("]:", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = body.IndexOf("](", StringComparison.Ordinal); i >= 0; i = body.IndexOf("](", i + 2, StringComparison.Ordinal))
        {
            var end = body.IndexOfAny([')', ' ', '\n'], i + 2);
            var url = body[(i + 2)..(end < 0 ? body.Length : end)].Trim('<', '>');
            if (!IsExternal(url) && !ContentLinks.IsMarkdownFileLink(url))
            {
                return true;
            }
        }

        return false;
    }
}
