namespace Generator.Serving;

/// <summary>
/// The small script that only the preview adds to each page it serves: it reloads the page after each build.
/// It is a file of its own, not inline, so the pages' Content-Security-Policy (scripts from the site only) allows it.
/// </summary>
public static class ReloadScript
{
    public const string EventsPath = "/__preview/events";

    public const string ScriptPath = "/__preview/reload.js";

    public const string Tag = "<script src=\"" + ScriptPath + "\" data-preview-reload></script>";

    public const string Script =
        "(function () {\n"
        + "  var seen = null;\n"
        + "  var source = new EventSource('" + EventsPath + "');\n"
        + "  source.addEventListener('build', function (e) {\n"
        + "    if (seen !== null && e.data !== seen) { location.reload(); }\n"
        + "    seen = e.data;\n"
        + "  });\n"
        + "})();\n";

    /// <summary>Puts the script tag before <c>&lt;/body&gt;</c>, or at the end when the page has none.</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : string.Concat(html.AsSpan(0, at), Tag, html.AsSpan(at));
    }
}
