using System.Text;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Serving;

/// <summary>
/// The preview's own pages: the build's errors in place of the site, and "not found". Like the terminal lines and every
/// message of the tool, they are in English (<c>lang="en"</c>); only the report's content is Dutch.
/// </summary>
public static class PreviewPages
{
    /// <summary>Where the preview serves <see cref="Stylesheet"/>; beside the reload script, never a path of the site.</summary>
    public const string StylePath = "/__preview/preview.css";

    /// <summary>
    /// The policy sent with these pages: everything from the preview itself only, nothing inline, as the theme's own
    /// Content-Security-Policy asks of the report's pages.
    /// </summary>
    public const string SecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The look of these pages, a stylesheet of its own so that no page has inline style.</summary>
    public const string Stylesheet =
        "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5;color:#1b1b1b}\n"
        + "h1{color:#a4001d}\nli{margin:.75rem 0}\ncode{font-family:ui-monospace,monospace;background:#f3f3f3;padding:.1rem .3rem}\n"
        + ".where{font-family:ui-monospace,monospace;font-weight:600}\n"
        + "@media (prefers-color-scheme:dark){body{background:#121417;color:#ececec}h1{color:#ff8a8a}code{background:#1d2228}}\n";

    private const string Head =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + SecurityPolicy + "\">\n"
        + "<link rel=\"stylesheet\" href=\"" + StylePath + "\">\n";

    public static string Errors(IReadOnlyList<Diagnostic> errors)
    {
        var html = new StringBuilder();
        html.Append(Head).Append("<title>Build failed</title>\n</head>\n<body>\n<main>\n")
            .Append("<h1>The build failed</h1>\n<p>Fix ").Append(errors.Count == 1 ? "this error" : $"these {errors.Count} errors")
            .Append(" and save: the page then reloads by itself.</p>\n<ol class=\"errors\">\n");
        foreach (var error in errors)
        {
            html.Append("<li><span class=\"where\">")
                .Append(Html.Encode(error.Location?.ToString() ?? "generator"))
                .Append("</span> <code>").Append(Html.Encode(error.Code)).Append("</code><br>")
                .Append(Html.Encode(error.Message)).Append("</li>\n");
        }

        return html.Append("</ol>\n</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// The errors as plain text, for every file of the site that is not a page (a data file, a stylesheet, an image)
    /// asked for while the build is broken: one line per error, "where code message".
    /// </summary>
    public static string ErrorsAsText(IReadOnlyList<Diagnostic> errors)
    {
        var text = new StringBuilder();
        text.Append("The build failed: this file is not served until ").Append(errors.Count == 1 ? "this error is" : $"these {errors.Count} errors are")
            .Append(" fixed.\n");
        foreach (var error in errors)
        {
            text.Append(error.Location?.ToString() ?? "generator").Append(' ').Append(error.Code).Append(' ').Append(error.Message).Append('\n');
        }

        return text.ToString();
    }

    public static string NotFound(string path) =>
        Head + "<title>Not found</title>\n</head>\n<body>\n<main>\n<h1>There is no such page</h1>\n"
        + $"<p>The report has no page <code>{Html.Encode(path)}</code>.</p>\n<p><a href=\"/index.html\">Go to the report's home page</a></p>\n</main>\n</body>\n</html>\n";
}
