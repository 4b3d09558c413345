using Generator.Addressing;
using Generator.Checking;
using Generator.Diagnostics;
using Generator.Images;
using Generator.Rendering.Safety;
using Generator.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// Turns a Markdown body into HTML: first the <c>{{ … }}</c> expressions in its prose are evaluated over the report's
/// data (see <see cref="ContentExpressions"/>), then Markdig renders it.
/// </summary>
/// <param name="reportPage">The report page the texts are shown on; a <c>#place</c> in a text means a place on it.</param>
/// <param name="images">Publishes the text's images; null where no images are expected.</param>
public sealed class ContentRenderer(Func<ScriptObject> contentGlobals, ContentLinks links, PageAddress reportPage, bool allowRawHtml = false,
    MarkdownImages? images = null)
{
    // Built once: Markdig's pipelines are immutable and thread-safe. By default raw HTML in content is shown as text.
    private static readonly MarkdownPipeline SafePipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private static readonly MarkdownPipeline TrustedPipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private MarkdownPipeline Pipeline => allowRawHtml ? TrustedPipeline : SafePipeline;

    /// <returns>
    /// Null after an error in the text: every problem of the text is still reported (an expression that fails leaves its
    /// result empty for the text's other checks, its links, images and safety).
    /// </returns>
    /// <param name="headingsBelow">The level of the heading the text is shown under: its own headings are nested below it (see <see cref="HeadingLevels"/>).</param>
    /// <param name="ownPage">The event's own page, where the text is also shown; null for a chapter, shown on the report page only.</param>
    public RenderedContent? Render(string path, string body, int bodyFirstLine, DiagnosticBag diagnostics, int headingsBelow = 0, PageAddress? ownPage = null)
    {
        var expanded = body.Contains("{{", StringComparison.Ordinal)
            ? ContentExpressions.Expand(path, body, bodyFirstLine, contentGlobals(), Pipeline, diagnostics)
            : new ExpandedText(body, body, [new ExpandedText.Piece(0, 0, Verbatim: true)]);
        var markdown = expanded.Text;

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses absurdly deep nesting (">>>>…", "[[[[…") rather than overflow its stack.
            diagnostics.Error(DiagnosticCodes.NestedTooDeep, new SourceLocation(path, bodyFirstLine, 1), $"The text cannot be rendered: {e.Message}");
            return null;
        }

        // Before the links are rewritten: the link check wants them as written, at their places in the file.
        var links = ContentLinkChecker.Find(path, body, bodyFirstLine, ContentLinkChecker.ParsesAlike(body, markdown, allowRawHtml) ? document : null, allowRawHtml);

        // An expression's result may hold more or fewer lines than the expression: every position is the body's from here.
        if (!ReferenceEquals(markdown, body))
        {
            expanded.MoveToSource(document);
        }

        // A walk of the document for a kind of node is made only when the text has the character that starts one (see Holds).
        var holds = Holds.Of(markdown);

        // The report page shows an event's text deepest (under its h3): that is where its headings must fit.
        HeadingLevels.Check(document, headingsBelow, expanded, path, bodyFirstLine, diagnostics);
        var hasHeadings = HeadingLevels.NestBelow(document, headingsBelow);
        var rewritten = holds.Links && RewriteLinks(document, path, bodyFirstLine, diagnostics);
        if (holds.Tables)
        {
            TableAlignment.UseClasses(document);
            TableNames.Name(document, path, bodyFirstLine, diagnostics);
        }

        var safe = MarkdownSafety.Check(document, url => Rewrite(url, reportPage), path, bodyFirstLine, diagnostics);

        // After the safety check, which sees every address as written (the pictures' addresses are the generator's
        // own); also for an unsafe text, so that its image problems are reported in the same build.
        rewritten |= holds.Images && (images?.Publish(document, path, bodyFirstLine, diagnostics) ?? false);
        var controlReferences = holds.CharacterReferences && ReportControlCharacterReferences(document, path, bodyFirstLine, diagnostics);
        if (!safe || controlReferences || expanded.Failed)
        {
            return null;
        }

        var atRoot = new HtmlString(ToHtml(document, reportPage));
        if (ControlCharacters.IndexOf(atRoot.Value) is var at and >= 0)
        {
            // One typed in the file itself was reported when the file was read; otherwise an expression wrote it.
            if (ControlCharacters.IndexOf(body) < 0)
            {
                diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, bodyFirstLine, 1),
                    $"A '{{{{ … }}}}' expression in this text writes the invisible control character {ControlCharacters.Describe(atRoot.Value[at])}. Remove it from the expression.");
            }

            return null;
        }

        var atSiteRoot = rewritten && reportPage != PageAddress.Root ? new HtmlString(ToHtml(document, PageAddress.Root)) : atRoot;
        var onEventPage = atRoot;
        if (ownPage is not null && (rewritten || hasHeadings))
        {
            // On its own page the event's title is the h1: its text's headings start at h2 there.
            HeadingLevels.NestBelow(document, HeadingLevels.EventPage);
            onEventPage = new HtmlString(ToHtml(document, ownPage));
        }

        // The same HTML goes into the pages, events.json and feed.xml: checked once more as it leaves.
        var leftOver = new[] { atRoot, onEventPage, atSiteRoot }.Distinct().SelectMany(html => HtmlSafety.Find(html.Value)).FirstOrDefault();
        if (leftOver is not null)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, new SourceLocation(path, bodyFirstLine, 1),
                $"The rendered text carries {leftOver.What}; this is a bug in the generator, please report it with this text.");
            return null;
        }

        // Kept until the last page and data file that show it are written: as UTF-8, once for each distinct text.
        var kept = HtmlString.FromUtf8(atRoot.Value);
        HtmlString Keep(HtmlString html) => ReferenceEquals(html, atRoot) ? kept : HtmlString.FromUtf8(html.Value);
        return new RenderedContent(kept, Keep(onEventPage), Keep(atSiteRoot), links);
    }

    /// <summary>
    /// Which kinds of Markdown node a text can hold at all, told from the characters that must start one: a link or
    /// picture needs '[' (or '&lt;' for an autolink), a picture "![", a table '|', a character reference '&amp;'. A text
    /// without them has no such node, and its document is not walked for them.
    /// </summary>
    private readonly record struct Holds(bool Links, bool Images, bool Tables, bool CharacterReferences)
    {
        public static Holds Of(string markdown) => new(
            markdown.AsSpan().IndexOfAny('[', '<') >= 0,
            markdown.Contains("![", StringComparison.Ordinal),
            markdown.Contains('|', StringComparison.Ordinal),
            markdown.Contains('&', StringComparison.Ordinal));
    }

    /// <summary>Points links to other Markdown files of the report at their pages; returns whether any were.</summary>
    private bool RewriteLinks(MarkdownDocument document, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var rewritten = false;
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is not { } url)
            {
                continue;
            }

            if (url.StartsWith('#') && url.Length > 1)
            {
                // Text is written for the report page: an anchor means a place on it, also from an event's own page.
                link.Url = ContentLinks.SiteRootMarker + reportPage.Page + url;
                rewritten = true;
                continue;
            }

            if (!ContentLinks.IsMarkdownFileLink(url))
            {
                continue;
            }

            var (address, problem) = links.Resolve(url);
            if (address is null)
            {
                diagnostics.Error(DiagnosticCodes.ContentLinkBroken, new SourceLocation(path, link.Line + bodyFirstLine, link.Column + 1), problem!);
                continue;
            }

            link.Url = address;
            rewritten = true;
        }

        return rewritten;
    }

    /// <summary>
    /// The file itself holds no control character (see <see cref="Reading.TextFileReader"/>), so one in the HTML comes from a
    /// character reference like <c>&amp;#11;</c> or from an expression's output: reported there, never written.
    /// </summary>
    private static bool ReportControlCharacterReferences(MarkdownDocument document, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var found = false;
        foreach (var entity in document.Descendants<HtmlEntityInline>())
        {
            var made = entity.Transcoded.ToString();
            if (ControlCharacters.IndexOf(made) is var at and >= 0)
            {
                diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, entity.Line + bodyFirstLine, entity.Column + 1),
                    $"The character reference '{entity.Original}' makes the invisible control character {ControlCharacters.Describe(made[at])}. Remove it.");
                found = true;
            }
        }

        return found;
    }

    /// <summary>An address as written on <paramref name="page"/>: a marked site-relative one is made relative to it.</summary>
    private static string Rewrite(string url, PageAddress page) =>
        url.StartsWith(ContentLinks.SiteRootMarker, StringComparison.Ordinal)
            ? page.LinkTo(url[ContentLinks.SiteRootMarker.Length..])
            : url;

    private string ToHtml(MarkdownDocument document, PageAddress page) =>
        ReusedHtmlRenderer.ToHtml(Pipeline, document, url => Rewrite(url, page));

    /// <summary>
    /// An HTML renderer of a pipeline, made once per thread and used for text after text: making one sets up some forty
    /// object renderers and finds again, type by type, which renders what, for every text. Each use starts it as new
    /// (a new writer, at the start of a line, with that text's link rewriter); one that failed is not used again.
    /// </summary>
    private sealed class ReusedHtmlRenderer : HtmlRenderer
    {
        [ThreadStatic]
        private static ReusedHtmlRenderer? _safe;

        [ThreadStatic]
        private static ReusedHtmlRenderer? _trusted;

        private ReusedHtmlRenderer(MarkdownPipeline pipeline)
            : base(new StringWriter())
        {
            pipeline.Setup(this);
            MarkdownImages.Setup(this);
        }

        public static string ToHtml(MarkdownPipeline pipeline, MarkdownDocument document, Func<string, string> linkRewriter)
        {
            var safe = ReferenceEquals(pipeline, SafePipeline);
            // Taken from the thread while in use, and given back only after a rendering that ended well.
            var renderer = (safe ? _safe : _trusted) ?? new ReusedHtmlRenderer(pipeline);
            (safe ? ref _safe : ref _trusted) = null;
            var writer = new StringWriter();
            renderer.Writer = writer;
            renderer.previousWasLine = true;
            renderer.LinkRewriter = linkRewriter;
            renderer.Render(document);
            writer.Flush();
            renderer.LinkRewriter = null;
            (safe ? ref _safe : ref _trusted) = renderer;
            return writer.ToString();
        }
    }
}
