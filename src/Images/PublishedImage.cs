namespace Generator.Images;

/// <summary>An image as published: its widths, narrowest first, each as WebP and JPEG at a path in the site.</summary>
public sealed record PublishedImage(IReadOnlyList<PublishedWidth> Widths)
{
    /// <summary>The widest version: the one the print stylesheet and the PDF use, and og:image.</summary>
    public PublishedWidth Largest => Widths[^1];

    /// <summary>The JPEG for a browser that ignores srcset: the widest version up to 800 pixels.</summary>
    public PublishedWidth Fallback => Widths.LastOrDefault(w => w.Width <= 800) ?? Widths[0];

    /// <summary>The JPEG for og:image, where link previews want about 1,200 pixels.</summary>
    public PublishedWidth Sharing => Widths.LastOrDefault(w => w.Width <= 1200) ?? Widths[0];
}

/// <summary>One width of a published image.</summary>
/// <param name="WebP">The WebP file's path relative to the site root, like <c>images/loket-3f2a…-800.webp</c>.</param>
/// <param name="Jpeg">The JPEG file's path relative to the site root.</param>
public sealed record PublishedWidth(int Width, int Height, string WebP, string Jpeg);
