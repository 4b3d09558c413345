using System.Text;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Serving;

/// <summary>The preview's own pages: the build's errors in place of the site, and "not found".</summary>
public static class PreviewPages
{
    private const string Style =
        "<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5;color:#1b1b1b}"
        + "h1{color:#a4001d}li{margin:.75rem 0}code{font-family:ui-monospace,monospace;background:#f3f3f3;padding:.1rem .3rem}"
        + ".where{font-family:ui-monospace,monospace;font-weight:600}@media (prefers-color-scheme:dark){body{background:#121417;color:#ececec}h1{color:#ff8a8a}code{background:#1d2228}}</style>";

    public static string Errors(IReadOnlyList<Diagnostic> errors)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Build mislukt</title>\n").Append(Style).Append("\n</head>\n<body>\n<main>\n")
            .Append("<h1>De build is mislukt</h1>\n<p>Herstel deze ").Append(errors.Count == 1 ? "fout" : $"{errors.Count} fouten")
            .Append(" en sla op: de pagina laadt dan vanzelf opnieuw.</p>\n<ol class=\"errors\">\n");
        foreach (var error in errors)
        {
            html.Append("<li><span class=\"where\">")
                .Append(Html.Encode(error.Location?.ToString() ?? "generator"))
                .Append("</span> <code>").Append(Html.Encode(error.Code)).Append("</code><br>")
                .Append(Html.Encode(error.Message)).Append("</li>\n");
        }

        return html.Append("</ol>\n</main>\n</body>\n</html>\n").ToString();
    }

    public static string NotFound(string path) =>
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Niet gevonden</title>\n" + Style + "\n</head>\n<body>\n<main>\n<h1>Deze pagina bestaat niet</h1>\n"
        + $"<p>Er is geen pagina <code>{Html.Encode(path)}</code> in dit jaaroverzicht.</p>\n<p><a href=\"/index.html\">Naar het jaaroverzicht</a></p>\n</main>\n</body>\n</html>\n";
}
