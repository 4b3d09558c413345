using Generator.Computing;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// Where a Markdown link to another file of the report leads: <c>[zie](2022-02-07-samenvoeging-ind-loketten.md)</c>
/// becomes a link to that event's page, a link to a chapter's file one to the chapter on the report page.
/// </summary>
public sealed class ContentLinks
{
    /// <summary>Marks an address relative to the site root until it is written for a page at a given depth.</summary>
    public const string SiteRootMarker = "site-root:";

    private readonly Dictionary<string, string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _drafts = new(StringComparer.Ordinal);

    public ContentLinks(AnnualReport report)
    {
        foreach (var e in report.Events)
        {
            _targets[Path.GetFileName(e.Source.Path)] = e.Address.Page;
        }

        foreach (var section in report.Sections)
        {
            _targets[Path.GetFileName(section.Path)] = report.Address.Page + "#" + PageIds.Section(section);
        }

        foreach (var draft in report.LeftOutDrafts)
        {
            _drafts.Add(Path.GetFileName(draft));
        }
    }

    /// <summary>Every target and draft, for the preview's cache: texts must be rendered again when these change.</summary>
    public string Describe() =>
        string.Join('\u001e', _targets.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value))
        + "\u001d" + string.Join('\u001e', _drafts.Order(StringComparer.Ordinal));

    /// <summary>True for a relative link to a Markdown file, which must be one of the report's.</summary>
    public static bool IsMarkdownFileLink(string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var path = PathPart(url);
        return Reading.ContentFolder.IsMarkdown(path);
    }

    /// <summary>The marked site-relative address for a link to a Markdown file, or null with the reason it leads nowhere.</summary>
    public (string? Address, string? Problem) Resolve(string url)
    {
        var path = PathPart(url);
        var fragment = url.Length > path.Length ? url[path.Length..] : "";
        var name = Path.GetFileName(path);
        if (_targets.TryGetValue(name, out var target))
        {
            // A fragment on an event link points into that event's page; a chapter target has its own already.
            return (SiteRootMarker + (target.Contains('#', StringComparison.Ordinal) ? target : target + fragment), null);
        }

        return _drafts.Contains(name)
            ? (null, $"The link '{url}' points to a draft event, which a build leaves out. Publish that event or remove the link.")
            : (null, $"The link '{url}' points to '{name}', which is not an event or chapter of the report. Link to a file in its year's events/ or sections/ folder by its name, like [zie](2022-02-07-samenvoeging-ind-loketten.md).");
    }

    private static string PathPart(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        return end < 0 ? url : url[..end];
    }
}
