using Generator.Diagnostics;
using NetVips;

namespace Generator.Images;

/// <summary>
/// Checks an image file before anything is decoded, in time and memory bounded by the size limit: its size, its
/// real format (from its first bytes) against its name, animation, CMYK, and its size in pixels as its header
/// declares it (so a decompression bomb is refused before a single pixel is unpacked).
/// </summary>
public static class ImageValidator
{
    /// <param name="file">The image's full path.</param>
    /// <param name="shown">The image's path as messages show it (relative to the project).</param>
    /// <returns>The header, or null with the problem.</returns>
    public static (ImageHeader? Header, ImageProblem? Problem) Validate(string file, string shown, ImageSettings settings)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > settings.MaxFileBytes)
            {
                return Fail(DiagnosticCodes.ImageFileTooLarge,
                    $"The image '{shown}' is {Megabytes(length)}, more than the {Megabytes(settings.MaxFileBytes)} the generator accepts. Save it smaller (a photo of 4,000 × 3,000 pixels as JPEG is usually 2 to 5 MB).");
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(DiagnosticCodes.FileUnreadable, $"The image '{shown}' cannot be read: {e.Message}");
        }

        var format = ImageFormats.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 512)));
        var named = ImageFormats.FromExtension(file);
        if (format == ImageFormat.Svg || named == ImageFormat.Svg)
        {
            return Fail(DiagnosticCodes.ImageFormatUnsupported,
                $"The image '{shown}' is an SVG drawing, which can carry script and is not accepted in the text. Export it as PNG (for a drawing or diagram) or JPEG (for a photo).");
        }

        if (format == ImageFormat.Unknown)
        {
            return Fail(DiagnosticCodes.ImageDamaged,
                $"The file '{shown}' is not an image the generator recognises (or it is damaged): its first bytes are not those of a JPEG, PNG, WebP or GIF file. Export it again as JPEG or PNG.");
        }

        if (!ImageFormats.Accepted.Contains(format))
        {
            return Fail(DiagnosticCodes.ImageFormatUnsupported,
                $"The image '{shown}' is a {ImageFormats.Name(format)} file, which the generator does not publish. Export it as JPEG (for a photo) or PNG (for a drawing).");
        }

        if (named != format)
        {
            return Fail(DiagnosticCodes.ImageExtensionMismatch,
                $"The image '{shown}' is a {ImageFormats.Name(format)} file, but its name ends in '{Path.GetExtension(file)}'. Rename it to end in {Extension(format)} (and change the path in the text), so that its name tells the truth.");
        }

        if (format == ImageFormat.Png && PngChunks.IsAnimated(bytes))
        {
            return Animated(shown);
        }

        return ReadHeader(bytes, format, shown, settings);
    }

    private static (ImageHeader?, ImageProblem?) ReadHeader(byte[] bytes, ImageFormat format, string shown, ImageSettings settings)
    {
        ImageProcessor.EnsureStarted();
        try
        {
            // Only the header is read here: libvips decodes pixels when they are first asked for.
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var pixels = (long)image.Width * image.Height;
            if (pixels > settings.MaxPixels)
            {
                return Fail(DiagnosticCodes.ImageTooManyPixels,
                    $"The image '{shown}' declares {Thousands(image.Width)} × {Thousands(image.Height)} pixels, more than the {Thousands(settings.MaxPixels / 1_000_000)} million pixels the generator accepts (it could exhaust the memory while being unpacked). Scale it down to at most 4,000 pixels wide before adding it.");
            }

            if (image.Contains("n-pages") && image.Get("n-pages") is int pages && pages > 1)
            {
                return Animated(shown);
            }

            if (image.Interpretation == Enums.Interpretation.Cmyk)
            {
                return Fail(DiagnosticCodes.ImageCmyk,
                    $"The image '{shown}' is in CMYK colours (made for print), which screens show differently. Convert it to sRGB (in most editors: Convert to profile → sRGB) and save it as JPEG.");
            }

            var orientation = image.Contains("orientation") && image.Get("orientation") is int o ? o : 1;
            return (new ImageHeader(bytes, format, image.Width, image.Height, orientation), null);
        }
        catch (VipsException e)
        {
            return Damaged(shown, e);
        }
    }

    /// <summary>The problem for a file whose pixels cannot be decoded: truncated or corrupt.</summary>
    public static ImageProblem DamagedProblem(string shown, VipsException e) => new(DiagnosticCodes.ImageDamaged,
        $"The image '{shown}' is damaged or incomplete ({FirstLine(e.Message)}). Export or download it again.");

    private static (ImageHeader?, ImageProblem?) Damaged(string shown, VipsException e) => (null, DamagedProblem(shown, e));

    private static (ImageHeader?, ImageProblem?) Animated(string shown) => Fail(DiagnosticCodes.ImageAnimated,
        $"The image '{shown}' is animated; moving images distract and cannot be paused on the page (WCAG 2.2.2). Use a still image: export one frame as PNG or JPEG.");

    private static (ImageHeader?, ImageProblem?) Fail(string code, string message) => (null, new ImageProblem(code, message));

    private static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "'.jpg'",
        ImageFormat.Png => "'.png'",
        ImageFormat.WebP => "'.webp'",
        _ => "'.gif'",
    };

    private static string Thousands(long number) => number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => !l.StartsWith("unable to", StringComparison.Ordinal)) ?? message;
        return line.TrimEnd('.');
    }
}
