using Generator.Addressing;
using Generator.Computing;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// Where a Markdown link to another file of the report leads: <c>[zie](2022-02-07-samenvoeging-ind-loketten.md)</c>
/// becomes a link to that event's page, a link to a chapter's file one to the chapter on the report page. A file of
/// another year of the site is named by its path from the text's folder, as an editor's Markdown preview follows it:
/// <c>[vorig jaar](../../2022/events/2022-02-07-samenvoeging-ind-loketten.md)</c> (events/ and sections/ are both two
/// folders below input/, so the path is the same from either).
/// </summary>
public sealed class ContentLinks
{
    /// <summary>Marks an address relative to the site root until it is written for a page at a given depth.</summary>
    public const string SiteRootMarker = "site-root:";

    private readonly Dictionary<string, string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _drafts = new(StringComparer.Ordinal);

    // Every year's files by their path from input/ ("2022/events/2022-02-07-loketten.md"), for links across years.
    private readonly Dictionary<string, string> _yearTargets = new(StringComparer.Ordinal);
    private readonly int _year;
    private readonly IReadOnlyCollection<int> _failedYears;

    /// <param name="allYears">Every year of the site (this one included), for links to another year's files; null for this year only.</param>
    /// <param name="failedYears">
    /// The years of the site that could not be computed (their errors reported): a link into one is not checked, as its
    /// files are not known; the build fails anyway. Null for none.
    /// </param>
    public ContentLinks(AnnualReport report, IReadOnlyList<AnnualReport>? allYears = null, IReadOnlyCollection<int>? failedYears = null)
    {
        _failedYears = failedYears ?? [];
        _year = report.Site.Year;
        Add(report, (_, name, target) => _targets[name] = target);
        foreach (var year in allYears ?? [report])
        {
            var folder = year.Site.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(year, (kind, name, target) => _yearTargets[folder + "/" + kind + "/" + name] = target);
        }

        foreach (var draft in report.LeftOutDrafts)
        {
            _drafts.Add(Path.GetFileName(draft));
        }
    }

    /// <summary>Every target and draft, for the preview's cache: texts must be rendered again when these change.</summary>
    public string Describe() =>
        string.Join('\u001e', _targets.Concat(_yearTargets).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value))
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

    /// <summary>
    /// The marked site-relative address for a link to a Markdown file, or null with the reason it leads nowhere. A link to a
    /// text leads to the text as a whole: one that points into it (<c>x.md#kop</c>, <c>x.md?a</c>) is refused, since a
    /// text's headings and paragraphs have no address of their own and the event's page and the report page differ.
    /// </summary>
    public (string? Address, string? Problem) Resolve(string url)
    {
        var path = PathPart(url);
        var (address, problem) = path.StartsWith("../", StringComparison.Ordinal) ? ResolveInYear(url, path) : ResolveHere(url, path);
        if (url.Length == path.Length)
        {
            return (address, problem);
        }

        var into = url[path.Length..];
        var refused = $"The link '{url}' points into the text with '{into}', but a link to an event or chapter leads to the text as a whole: "
            + $"the places inside a text have no address. Write it without '{into}', like [zie]({path}); to point to a place on the report page, "
            + "link to its anchor alone, like [maart](#maart) or [de loketten](#samenvoeging-ind-loketten).";
        return (null, problem is null ? refused : problem + " " + refused);
    }

    private (string? Address, string? Problem) ResolveHere(string url, string path)
    {
        var name = Path.GetFileName(path);
        if (_targets.TryGetValue(name, out var target))
        {
            return (SiteRootMarker + target, null);
        }

        return _drafts.Contains(name)
            ? (null, $"The link '{url}' points to a draft event, which a build leaves out. Publish that event or remove the link.")
            : (null, $"The link '{url}' points to '{name}', which is not an event or chapter of the report. Link to a file in its year's events/ or sections/ folder by its name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), and to another year's file by its path from here, like [zie](../../{_year - 1}/events/{_year - 1}-02-07-titel.md).");
    }

    /// <summary>A link that leaves the text's folder: only <c>../events|sections/&lt;file&gt;</c> (this year) and <c>../../&lt;year&gt;/events|sections/&lt;file&gt;</c> lead to a file of the site.</summary>
    private (string? Address, string? Problem) ResolveInYear(string url, string path)
    {
        var parts = path.Split('/');
        if (parts.Length == 3 && parts[1] is Reading.YearFolders.Events or Reading.YearFolders.Sections)
        {
            // The other folder of the same year: ../sections/slot.md from an event.
            parts = ["..", "..", _year.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[1], parts[2]];
        }

        var example = $"[zie](../../{_year - 1}/events/{_year - 1}-02-07-titel.md)";
        if (parts.Length != 5 || parts[0] != ".." || parts[1] != ".." || parts[3] is not (Reading.YearFolders.Events or Reading.YearFolders.Sections)
            || Reading.YearFolders.Year(parts[2]) is null)
        {
            return (null, $"The link '{url}' does not lead to an event or chapter of the site. Link to a file of this year by its name alone, like "
                + $"[zie]({_year}-02-07-titel.md), and to another year's file by its path from here, like {example}.");
        }

        if (_failedYears.Contains(Reading.YearFolders.Year(parts[2])!.Value))
        {
            // Its files are not known: the error that stopped that year is the one to fix first.
            return (SiteRootMarker + PageAddress.Year(Reading.YearFolders.Year(parts[2])!.Value).Page, null);
        }

        var key = string.Join('/', parts[2..]);
        if (_yearTargets.TryGetValue(key, out var target))
        {
            return (SiteRootMarker + target, null);
        }

        var years = string.Join(", ", _yearTargets.Keys.Select(k => k[..k.IndexOf('/', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
        return _yearTargets.Keys.Any(k => k.StartsWith(parts[2] + "/", StringComparison.Ordinal))
            ? (null, $"The link '{url}' points to '{parts[4]}', which is not a published event or chapter in input/{parts[2]}/{parts[3]}/ (a draft or a missing file). Check the file's name there, or remove the link.")
            : (null, $"The link '{url}' points into {parts[2]}, which is not a year of this build (the years are {years}; a year with draft: true is left out unless --drafts). Link only to a year the site publishes.");
    }

    /// <param name="add">Takes the file's folder (events or sections), its name and the address it leads to.</param>
    private static void Add(AnnualReport report, Action<string, string, string> add)
    {
        foreach (var e in report.Events)
        {
            add(Reading.YearFolders.Events, Path.GetFileName(e.Source.Path), e.Address.Page);
        }

        foreach (var section in report.Sections)
        {
            add(Reading.YearFolders.Sections, Path.GetFileName(section.Path), report.Address.Page + "#" + PageIds.Section(section));
        }

        // A text whose front matter failed is there all the same: a link to it is not broken (the build fails on its own
        // error, so where the link would lead is never written).
        foreach (var failed in report.FailedEvents)
        {
            add(Reading.YearFolders.Events, Path.GetFileName(failed.Path), report.Address.Page);
        }

        foreach (var failed in report.FailedSections)
        {
            add(Reading.YearFolders.Sections, Path.GetFileName(failed.Path), report.Address.Page);
        }
    }

    private static string PathPart(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        return end < 0 ? url : url[..end];
    }
}
