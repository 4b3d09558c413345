namespace Generator.Serving;

/// <summary>The small script that only the preview adds to each page it serves: it reloads the page after each build.</summary>
public static class ReloadScript
{
    public const string EventsPath = "/__preview/events";

    public const string Tag =
        "<script data-preview-reload>(function(){var v=null;var s=new EventSource('" + EventsPath + "');"
        + "s.addEventListener('build',function(e){if(v!==null&&e.data!==v){location.reload();}v=e.data;});})();</script>";

    /// <summary>Puts the script before <c>&lt;/body&gt;</c>, or at the end when the page has none.</summary>
    public static string Inject(string html)
    {
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + Tag : string.Concat(html.AsSpan(0, at), Tag, html.AsSpan(at));
    }
}
