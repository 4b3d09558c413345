using System.Globalization;
using System.Text;
using Generator.Rendering;

namespace Generator.Images;

/// <summary>
/// The HTML of a published image: a <c>&lt;picture&gt;</c> with a WebP source and a JPEG <c>&lt;img&gt;</c>, both
/// with every width in <c>srcset</c>, <c>sizes</c> for the column it stands in, and <c>width</c>/<c>height</c> so the
/// page does not shift while it loads. All addresses go through <paramref name="address"/> (site root → page).
/// </summary>
public static class ImageMarkup
{
    /// <summary>An image in the text column (at most 42rem wide, the theme's measure; the page's padding below that).</summary>
    public const string ColumnSizes = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    /// <summary>A lead photo beside its event in the report (the theme floats it at 40 % of the column from 40rem).</summary>
    public const string BesideSizes = "(min-width: 44rem) 17rem, calc(100vw - 2rem)";

    /// <summary>The logo in the page header (the theme shows it 2.5rem high).</summary>
    public const string LogoSizes = "8rem";

    /// <param name="alt">The alt text; "" for a decorative image.</param>
    /// <param name="lazy">False for an image near the top of the page, which the browser should fetch at once.</param>
    public static string Picture(PublishedImage image, string alt, string sizes, bool lazy, Func<string, string> address)
    {
        var fallback = image.Fallback;
        sizes = NoWiderThan(sizes, image.Largest.Width);
        var html = new StringBuilder(512);
        // Printed (and in the PDF), the widest JPEG: print resolution, and the format every PDF embeds as it is.
        html.Append("<picture><source media=\"print\" srcset=\"").Append(Html.Encode(address(image.Largest.Jpeg))).Append("\">")
            .Append("<source type=\"image/webp\" srcset=\"").Append(SourceSet(image, w => address(w.WebP)))
            .Append("\" sizes=\"").Append(sizes).Append("\">")
            .Append("<img src=\"").Append(Html.Encode(address(fallback.Jpeg)))
            .Append("\" srcset=\"").Append(SourceSet(image, w => address(w.Jpeg)))
            .Append("\" sizes=\"").Append(sizes)
            .Append("\" width=\"").Append(fallback.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(fallback.Height.ToString(CultureInfo.InvariantCulture))
            .Append("\" alt=\"").Append(Html.Encode(alt)).Append('"')
            .Append(lazy ? " loading=\"lazy\"" : "")
            .Append(" decoding=\"async\"></picture>");
        return html.ToString();
    }

    /// <summary>The picture in a <c>&lt;figure&gt;</c>, with the caption (plain text, escaped) when there is one.</summary>
    public static string Figure(PublishedImage image, string alt, string? caption, string sizes, bool lazy, Func<string, string> address,
        string className = "photo")
    {
        var html = new StringBuilder(640);
        html.Append("<figure class=\"").Append(className).Append("\">").Append(Picture(image, alt, sizes, lazy, address));
        if (!string.IsNullOrWhiteSpace(caption))
        {
            html.Append("<figcaption>").Append(Html.Encode(caption.Trim())).Append("</figcaption>");
        }

        return html.Append("</figure>").ToString();
    }

    /// <summary>
    /// <paramref name="sizes"/> (entries split by commas, each an optional media condition and a length) with every
    /// length capped at <paramref name="widest"/> CSS pixels: the browser then never takes a small file to be as wide
    /// as the column, so it is shown at most at its own width (the theme's <c>max-width: 100%</c> only narrows it).
    /// </summary>
    public static string NoWiderThan(string sizes, int widest)
    {
        var cap = widest.ToString(CultureInfo.InvariantCulture) + "px";
        return string.Join(", ", sizes.Split(',').Select(entry =>
        {
            entry = entry.Trim();
            var split = entry.StartsWith('(') ? entry.IndexOf(") ", StringComparison.Ordinal) + 1 : 0;
            var condition = entry[..split];
            var length = entry[split..].Trim();
            return (condition.Length > 0 ? condition + " " : "") + $"min({length}, {cap})";
        }));
    }

    private static string SourceSet(PublishedImage image, Func<PublishedWidth, string> address) =>
        string.Join(", ", image.Widths.Select(w => Html.Encode(address(w)) + " " + w.Width.ToString(CultureInfo.InvariantCulture) + "w"));
}
