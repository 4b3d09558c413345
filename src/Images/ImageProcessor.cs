using NetVips;

namespace Generator.Images;

/// <summary>
/// Encodes a validated image into its published widths with libvips: EXIF orientation applied, colour converted to
/// sRGB, every piece of metadata (EXIF with GPS, XMP, IPTC, maker notes, ICC profile) left out, never upscaled,
/// WebP and a JPEG fallback. The same bytes in give the same bytes out.
/// </summary>
public static class ImageProcessor
{
    // "Taller than any image": with the height unbounded, the width alone decides the thumbnail's size.
    private const int Unbounded = 10_000_000;

    private static readonly Lazy<bool> Started = new(() =>
    {
        // libvips' operation cache would keep decoded images alive between builds for nothing: each is encoded once.
        Cache.Max = 0;
        // Only the loaders of the accepted formats are ever reached (the format is checked first); the rest stay blocked.
        NetVips.NetVips.BlockUntrusted = true;
        return true;
    });

    /// <summary>The libvips version that encodes, like 8.18.7: part of every cache key.</summary>
    public static string LibraryVersion { get; } = $"libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";

    /// <summary>Sets libvips up once per process.</summary>
    public static void EnsureStarted() => _ = Started.Value;

    /// <summary>The image at each published width, narrowest first.</summary>
    /// <exception cref="VipsException">The pixels cannot be decoded (a truncated or corrupt file).</exception>
    public static IReadOnlyList<EncodedImage> Encode(ImageHeader header, ImageSettings settings)
    {
        EnsureStarted();

        // Decoded once, at the largest width needed (JPEG shrinks while loading), oriented, in sRGB; the smaller
        // widths are made from it. A truncated file fails here rather than showing grey.
        using var largest = Normalise(Image.ThumbnailBuffer(header.Bytes, settings.Widths[^1], height: Unbounded,
            size: Enums.Size.Down, outputProfile: "srgb", failOn: Enums.FailOn.Truncated));
        using var pixels = largest.CopyMemory();

        var encoded = new List<EncodedImage>();
        foreach (var width in settings.WidthsFor(pixels.Width))
        {
            using var resized = width == pixels.Width ? pixels.Copy() : pixels.ThumbnailImage(width, height: Unbounded, size: Enums.Size.Down);
            encoded.Add(new EncodedImage(resized.Width, resized.Height, WebP(resized, settings), Jpeg(resized, settings)));
        }

        return encoded;
    }

    /// <summary>8-bit sRGB (greyscale, 16-bit and indexed images included), with or without alpha.</summary>
    private static Image Normalise(Image image)
    {
        using (image)
        {
            var srgb = image.Interpretation == Enums.Interpretation.Srgb && image.Format == Enums.BandFormat.Uchar
                ? image.Copy()
                : image.Colourspace(Enums.Interpretation.Srgb);
            if (srgb.Format == Enums.BandFormat.Uchar)
            {
                return srgb;
            }

            using (srgb)
            {
                return srgb.Cast(Enums.BandFormat.Uchar);
            }
        }
    }

    private static byte[] WebP(Image image, ImageSettings settings) =>
        image.WebpsaveBuffer(q: settings.WebpQuality, effort: 4, keep: Enums.ForeignKeep.None);

    /// <summary>JPEG has no transparency: a transparent image is laid on white.</summary>
    private static byte[] Jpeg(Image image, ImageSettings settings)
    {
        if (!image.HasAlpha())
        {
            return image.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
        }

        using var flat = image.Flatten(background: [255, 255, 255]);
        return flat.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
    }
}
