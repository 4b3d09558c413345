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
        // libvips' own warnings (such as "error in tile") would reach the terminal; its errors become diagnostics instead.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info, Quiet);
        return true;
    });

    // Kept in a field: native code holds on to it for the life of the process.
    private static readonly Log.LogDelegate Quiet = (_, _, _) => { };

    /// <summary>The libvips version that encodes, like 8.18.7: part of every cache key.</summary>
    public static string LibraryVersion { get; } = $"libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";

    /// <summary>Sets libvips up once per process.</summary>
    public static void EnsureStarted() => _ = Started.Value;

    /// <summary>The image at each published width, narrowest first.</summary>
    /// <exception cref="VipsException">The pixels cannot be decoded (a truncated or corrupt file).</exception>
    public static IReadOnlyList<EncodedImage> Encode(ImageHeader header, ImageSettings settings)
    {
        EnsureStarted();

        // Decoded once, at the largest width needed, oriented, in sRGB; the smaller widths are made from it. A
        // truncated file fails here rather than being published with a grey end (libvips' thumbnail operations
        // do not pass fail_on to the loader, so the file is loaded first).
        // Random access, because turning a photo reads its rows out of order.
        using var loaded = Image.NewFromBuffer(header.Bytes, failOn: Enums.FailOn.Truncated, kwargs: ShrinkOnLoad(header, settings));
        using var upright = loaded.Autorot();
        using var sized = upright.ThumbnailImage(Math.Min(upright.Width, settings.Widths[^1]), height: Unbounded, size: Enums.Size.Down,
            outputProfile: "srgb");
        using var srgb = Normalise(sized.Copy());
        using var pixels = srgb.CopyMemory();

        var encoded = new List<EncodedImage>();
        foreach (var width in settings.WidthsFor(pixels.Width))
        {
            using var resized = width == pixels.Width ? pixels.Copy() : pixels.ThumbnailImage(width, height: Unbounded, size: Enums.Size.Down);
            encoded.Add(new EncodedImage(resized.Width, resized.Height, WebP(resized, settings), Jpeg(resized, settings)));
        }

        return encoded;
    }

    /// <summary>
    /// A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that is still at least the largest width needed: a
    /// 4,000-pixel photo for 1,600-pixel output is unpacked at 2,000 pixels, a quarter of the memory and time.
    /// </summary>
    private static VOption? ShrinkOnLoad(ImageHeader header, ImageSettings settings)
    {
        if (header.Format != ImageFormat.Jpeg)
        {
            return null;
        }

        // Turned a quarter (EXIF orientation 5 to 8), the stored height becomes the published width.
        var width = header.Orientation is >= 5 and <= 8 ? header.Height : header.Width;
        var target = Math.Min(width, settings.Widths[^1]);
        var shrink = 1;
        while (shrink < 8 && width / (shrink * 2) >= target)
        {
            shrink *= 2;
        }

        return shrink == 1 ? null : new VOption { { "shrink", shrink } };
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
