using System.Globalization;

namespace Generator.Images;

/// <summary>
/// How photos are published and what the generator accepts. One instance per build; its description is part of
/// every cache key, so a change here encodes the images again.
/// </summary>
/// <param name="Widths">The widths in pixels that each image is written in, ascending; never wider than the original.</param>
/// <param name="WebpQuality">WebP quality, 1–100.</param>
/// <param name="JpegQuality">JPEG quality (the fallback for browsers without WebP), 1–100.</param>
/// <param name="MaxFileBytes">The largest image file accepted, in bytes.</param>
/// <param name="MaxPixels">The most pixels (width × height, from the header, before decoding) accepted.</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, int WebpQuality, int JpegQuality, long MaxFileBytes, long MaxPixels)
{
    /// <summary>480 to 1,600 pixels: phones to wide screens at twice the density, and print (the largest).</summary>
    public static ImageSettings Default { get; } = new([480, 800, 1200, 1600], WebpQuality: 80, JpegQuality: 82,
        MaxFileBytes: 25 * 1024 * 1024, MaxPixels: 60_000_000);

    /// <summary>Everything that changes the published bytes, including the libvips version that encodes them.</summary>
    public string Describe() => string.Join(';',
        "v1",
        string.Join(',', Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))),
        WebpQuality.ToString(CultureInfo.InvariantCulture),
        JpegQuality.ToString(CultureInfo.InvariantCulture),
        ImageProcessor.LibraryVersion);

    /// <summary>
    /// <see cref="Describe"/> and the limits that decide whether an image is accepted: an original remembered as
    /// accepted under other settings is checked again (see <see cref="OriginalsMemo"/>).
    /// </summary>
    public string DescribeWithLimits() => string.Join(';', Describe(),
        MaxFileBytes.ToString(CultureInfo.InvariantCulture), MaxPixels.ToString(CultureInfo.InvariantCulture));

    /// <summary>The widths an image of <paramref name="width"/> pixels is published in: the smaller ones, and itself when narrower than the largest.</summary>
    public IReadOnlyList<int> WidthsFor(int width)
    {
        var widths = Widths.Where(w => w < width).ToList();
        widths.Add(Math.Min(width, Widths[^1]));
        return widths;
    }
}
