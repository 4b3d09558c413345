using System.Globalization;
using System.Text;

namespace Generator.Writing.Pdf;

/// <summary>
/// The stylesheet that only the PDF gets (<see cref="PrintDocument.PagesStylesheet"/>): each part's pages are a named
/// page whose header shows the part's title and the report's title, and the contents show each part's
/// page number once a first print has found it. The look of these (fonts, the footer's page numbers, the cover) is the
/// theme's print stylesheet; this file only carries what differs per report.
/// </summary>
public static class PrintPages
{
    /// <param name="reportTitle">The report's title, at the top right of every page but the cover.</param>
    /// <param name="parts">The months and chapters, in order.</param>
    /// <param name="pageNumbers">The page on which each part starts (1-based, by part id); empty before the first print.</param>
    public static string Css(string reportTitle, IReadOnlyList<PrintPart> parts, IReadOnlyDictionary<string, int> pageNumbers)
    {
        var css = new StringBuilder("/* Made by the generator for this PDF: running headers and the contents' page numbers. */\n");
        // Only named pages get a header: Chromium lets a later @page rule win over an earlier named one, which would
        // put the title on the cover.
        var title = Quote(reportTitle);
        css.Append(CultureInfo.InvariantCulture, $"@page contents {{ @top-right {{ content: {title}; }} }}\n");
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var name = "part-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            css.Append(CultureInfo.InvariantCulture, $"@page {name} {{ @top-left {{ content: {Quote(part.Title)}; }} @top-right {{ content: {title}; }} }}\n");
            css.Append(CultureInfo.InvariantCulture, $"[id={Quote(part.Id)}] {{ page: {name}; }}\n");
            if (pageNumbers.TryGetValue(part.Id, out var page))
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
