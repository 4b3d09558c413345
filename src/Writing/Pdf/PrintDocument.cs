using System.Net;
using System.Text.RegularExpressions;

namespace Generator.Writing.Pdf;

/// <summary>
/// The report page as Chromium prints it: the same page, with its links rewritten for a PDF (<see cref="PrintLinks"/>)
/// and one more stylesheet, <see cref="PagesStylesheet"/>, that names each part's pages (<see cref="PrintPages"/>).
/// </summary>
public static partial class PrintDocument
{
    /// <summary>The stylesheet made for each print, beside the page: running headers and the contents' page numbers.</summary>
    public const string PagesStylesheet = "print-pages.css";

    /// <summary>The id of the theme's contents (the &lt;nav&gt; of toc.html), whose links name the parts of the PDF.</summary>
    public const string ContentsId = "inhoudsopgave";

    /// <param name="indexHtml">The report page as generated.</param>
    /// <param name="baseUrl">The site's absolute address ending in '/', or null.</param>
    public static string Create(string indexHtml, string? baseUrl)
    {
        var html = PrintLinks.Rewrite(indexHtml, baseUrl);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html : html.Insert(head, $"<link rel=\"stylesheet\" href=\"{PagesStylesheet}\">\n");
    }

    /// <summary>The months and chapters in the order the contents lists them: each link to '#id' in the element with
    /// id <see cref="ContentsId"/>, with its text. Empty when the page has no contents.</summary>
    public static IReadOnlyList<PrintPart> Parts(string indexHtml)
    {
        var start = indexHtml.IndexOf($"id=\"{ContentsId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = indexHtml.IndexOf("</nav>", start, StringComparison.OrdinalIgnoreCase);
        var contents = end < 0 ? indexHtml[start..] : indexHtml[start..end];
        return [.. ContentsLink().Matches(contents).Select(m => new PrintPart(
            WebUtility.HtmlDecode(m.Groups["id"].Value),
            Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")), " ").Trim()))];
    }

    [GeneratedRegex("""<a\s[^>]*?href="#(?<id>[^"]+)"[^>]*>(?<text>.*?)</a>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ContentsLink();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
