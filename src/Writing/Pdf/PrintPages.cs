using System.Globalization;
using System.Text;

namespace Generator.Writing.Pdf;

/// <summary>
/// The stylesheet that only the PDF gets (<see cref="PrintDocument.PagesStylesheet"/>): the report's pages after the
/// cover and the contents are one named page, <see cref="PageName"/>, whose header shows the report's title and, per
/// page, the month or chapter current at the top of that page; the contents show each part's page number. Both are
/// known only once a first print has been read back (<see cref="PartPages"/>). The months and chapters run on without a
/// forced break: Chromium has no running strings (string-set), so the per-page header is a counter style of the page
/// counter whose symbol for page N is the header of page N. The look of these (fonts, the footer's page numbers, the
/// cover, where a chapter starts) is the theme's print stylesheet; this file only carries what differs per report.
/// </summary>
public static class PrintPages
{
    /// <summary>The named page of everything but the theme's own named pages (the cover and the contents).</summary>
    public const string PageName = "report";

    /// <summary>The theme's named page of the contents, which has its own header on the left and gets the title on the right.</summary>
    public const string ContentsPageName = "contents";

    /// <param name="reportTitle">The report's title, at the top right of every page but the cover.</param>
    /// <param name="parts">The months and chapters, in order; none gives no header at all.</param>
    /// <param name="layout">Where the parts fell in the previous print; <see cref="PartLayout.Unknown"/> before the first.</param>
    public static string Css(string reportTitle, IReadOnlyList<PrintPart> parts, PartLayout layout)
    {
        var css = new StringBuilder("/* Made by the generator for this PDF: running headers and the contents' page numbers. */\n");
        if (parts.Count == 0)
        {
            return css.ToString();
        }

        // A named page for the whole document, not a plain @page rule: Chromium lets a later @page rule win over an
        // earlier named one, which would put the header on the theme's cover. The cover and the contents name their own.
        css.Append(CultureInfo.InvariantCulture, $":root {{ page: {PageName}; }}\n");
        css.Append("@counter-style report-header-none { system: cyclic; symbols: \"\"; }\n");
        var header = "none";
        if (layout.Headers.Count > 0)
        {
            var symbols = string.Join(" ", layout.Headers.Select(h => Quote(h ?? "")));
            css.Append(CultureInfo.InvariantCulture, $"@counter-style report-header {{ system: fixed 1; symbols: {symbols}; fallback: report-header-none; }}\n");
            header = "counter(page, report-header)";
        }

        var title = Quote(reportTitle);
        css.Append(CultureInfo.InvariantCulture, $"@page {PageName} {{ @top-left {{ content: {header}; }} @top-right {{ content: {title}; }} }}\n");
        css.Append(CultureInfo.InvariantCulture, $"@page {ContentsPageName} {{ @top-right {{ content: {title}; }} }}\n");
        foreach (var part in parts)
        {
            if (layout.Starts.TryGetValue(part.Id, out var page))
            {
                css.Append(CultureInfo.InvariantCulture, $"#{PrintDocument.ContentsId} a[href={Quote("#" + part.Id)}]::after {{ content: \"{page}\"; }}\n");
            }
        }

        return css.ToString();
    }

    /// <summary>A CSS string: quotes, backslashes and line ends escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' or '\r' or '\f' => "\\a ",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
