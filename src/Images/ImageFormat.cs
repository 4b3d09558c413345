using System.Text;

namespace Generator.Images;

/// <summary>The formats an image file can be, as told by its first bytes (never by its name).</summary>
public enum ImageFormat
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
    Tiff,
    Heif,
    Avif,
    Bmp,
}

/// <summary>Tells an image's format from its magic bytes, and the format its file name claims.</summary>
public static class ImageFormats
{
    /// <summary>The formats a photo may be published from.</summary>
    public static readonly IReadOnlySet<ImageFormat> Accepted = new HashSet<ImageFormat> { ImageFormat.Jpeg, ImageFormat.Png, ImageFormat.WebP, ImageFormat.Gif };

    /// <summary>The format the first bytes of a file show; <see cref="ImageFormat.Unknown"/> for anything else.</summary>
    public static ImageFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return ImageFormat.Jpeg;
        }

        if (head.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return ImageFormat.Gif;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return ImageFormat.Tiff;
        }

        if (head.StartsWith("BM"u8))
        {
            return ImageFormat.Bmp;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = head[8..12];
            return brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8) ? ImageFormat.Avif : ImageFormat.Heif;
        }

        return LooksLikeSvg(head) ? ImageFormat.Svg : ImageFormat.Unknown;
    }

    /// <summary>The format a file name's extension claims, or <see cref="ImageFormat.Unknown"/>.</summary>
    public static ImageFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".png" => ImageFormat.Png,
        ".webp" => ImageFormat.WebP,
        ".gif" => ImageFormat.Gif,
        ".svg" or ".svgz" => ImageFormat.Svg,
        ".tif" or ".tiff" => ImageFormat.Tiff,
        ".heic" or ".heif" => ImageFormat.Heif,
        ".avif" => ImageFormat.Avif,
        ".bmp" => ImageFormat.Bmp,
        _ => ImageFormat.Unknown,
    };

    /// <summary>The name an editor knows a format by.</summary>
    public static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        ImageFormat.WebP => "WebP",
        ImageFormat.Gif => "GIF",
        ImageFormat.Svg => "SVG",
        ImageFormat.Tiff => "TIFF",
        ImageFormat.Heif => "HEIC/HEIF",
        ImageFormat.Avif => "AVIF",
        ImageFormat.Bmp => "BMP",
        _ => "an unknown format",
    };

    /// <summary>An XML or SVG text: '&lt;svg' or '&lt;?xml' after optional white space and a BOM.</summary>
    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("<!--", StringComparison.Ordinal) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase));
    }
}
