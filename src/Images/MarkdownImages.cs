using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Rendering.Safety;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Images;

/// <summary>
/// Turns the images of a parsed Markdown text into published pictures. <c>![alt](path "caption")</c> on a line of
/// its own becomes a <c>&lt;figure&gt;</c> (with a <c>&lt;figcaption&gt;</c> for the caption); inside a sentence it
/// becomes an inline <c>&lt;picture&gt;</c>. Every problem is reported at the image's line and column.
/// </summary>
public sealed class MarkdownImages(ImageLibrary library)
{
    /// <summary>Publishes every image of the document; returns whether there were any (the HTML then depends on the page's depth).</summary>
    /// <param name="path">The Markdown file's path as messages show it.</param>
    /// <param name="bodyFirstLine">The file line the body starts on (Markdig counts from the body's first line, 0-based).</param>
    public bool Publish(MarkdownDocument document, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        // An address with an unsafe scheme (javascript:, data:…) is the safety check's to report, once.
        var images = document.Descendants<LinkInline>().Where(l => l.IsImage && UrlPolicy.UnsafeScheme(l.Url ?? "") is null).ToList();
        var alone = document.Descendants<ParagraphBlock>()
            .Where(p => p.Inline is { } inline && inline.Count(i => !IsBlank(i)) == 1 && inline.FirstOrDefault(i => !IsBlank(i)) is LinkInline { IsImage: true })
            .ToDictionary(p => (LinkInline)p.Inline!.First(i => !IsBlank(i)), p => p);

        foreach (var link in images)
        {
            var at = new SourceLocation(path, link.Line + bodyFirstLine, link.Column + 1);
            var url = link.Url ?? "";
            var alt = ImageAlt.Attribute(PlainText(link));
            if (alt is null)
            {
                diagnostics.Error(DiagnosticCodes.ImageAltMissing, at, $"The image '{url}' has no alt text. {ImageAlt.Hint}");
            }

            var caption = string.IsNullOrWhiteSpace(link.Title) ? null : link.Title;
            var paragraph = alone.GetValueOrDefault(link);
            if (caption is not null && paragraph is null)
            {
                diagnostics.Error(DiagnosticCodes.ImageCaptionInline, at,
                    $"The image '{url}' has a caption (\"{caption}\") but stands inside a sentence. Put the image on a line of its own, with an empty line before and after it, so that it becomes a figure with its caption below.");
            }

            var image = library.Use(url, at, diagnostics);
            if (image is null || alt is null)
            {
                continue;
            }

            if (paragraph is { Parent: { } parent })
            {
                parent.Insert(parent.IndexOf(paragraph), new FigureBlock(image, alt, caption));
                parent.Remove(paragraph);
            }
            else
            {
                link.ReplaceBy(new PictureInline(image, alt), copyChildren: false);
            }
        }

        return images.Count > 0;
    }

    /// <summary>Adds the renderers of figures and pictures to a renderer of this pipeline.</summary>
    public static void Setup(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.Insert(0, new FigureBlockRenderer());
        renderer.ObjectRenderers.Insert(0, new PictureInlineRenderer());
    }

    private static bool IsBlank(Inline inline) =>
        inline is LineBreakInline || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());

    /// <summary>The alt text as written, without its Markdown: ![*Het* loket](…) gives "Het loket".</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                ContainerInline inner => PlainText(inner),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static Func<string, string> Addresses(HtmlRenderer renderer) =>
        path => renderer.LinkRewriter is { } rewrite ? rewrite(ContentLinks.SiteRootMarker + path) : path;

    /// <summary>An image that stood alone in its paragraph.</summary>
    private sealed class FigureBlock(PublishedImage image, string alt, string? caption) : LeafBlock(null)
    {
        public PublishedImage Image => image;

        public string Alt => alt;

        public string? Caption => caption;
    }

    /// <summary>An image inside a sentence.</summary>
    private sealed class PictureInline(PublishedImage image, string alt) : LeafInline
    {
        public PublishedImage Image => image;

        public string Alt => alt;
    }

    private sealed class FigureBlockRenderer : HtmlObjectRenderer<FigureBlock>
    {
        protected override void Write(HtmlRenderer renderer, FigureBlock obj)
        {
            renderer.EnsureLine();
            renderer.WriteLine(ImageMarkup.Figure(obj.Image, obj.Alt, obj.Caption, ImageMarkup.ColumnSizes, lazy: true, Addresses(renderer)));
        }
    }

    private sealed class PictureInlineRenderer : HtmlObjectRenderer<PictureInline>
    {
        protected override void Write(HtmlRenderer renderer, PictureInline obj) =>
            renderer.Write(ImageMarkup.Picture(obj.Image, obj.Alt, ImageMarkup.ColumnSizes, lazy: true, Addresses(renderer)));
    }
}
