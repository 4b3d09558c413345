using Generator.Checking;
using Generator.Computing;

namespace Generator;

/// <summary>
/// A site once its files are in the sink: every year's report, each page's links and ids (not its HTML), the paths of
/// the other files written (data files, sitemap), and the theme's files and published images still to copy. Reports is
/// empty, and the rest too, when errors stopped the generation.
/// </summary>
/// <param name="Reports">Every year's report, oldest first.</param>
/// <param name="Pages">Each page's links and ids, by its path in the output (with '/').</param>
/// <param name="OtherFiles">The files written besides the pages (events.json, feed.xml, sitemap.xml…).</param>
public sealed record GeneratedSite(IReadOnlyList<AnnualReport> Reports, IReadOnlyDictionary<string, HtmlLinks> Pages, IReadOnlyList<string> OtherFiles,
    IReadOnlyList<AssetFile> Assets)
{
    /// <summary>How many events the site publishes, over every year.</summary>
    public int EventCount => Reports.Sum(r => r.Events.Count);

    /// <summary>The links written in the events' and chapters' Markdown, taken while the texts were rendered, for the link check.</summary>
    public IReadOnlyList<TextLinks> ContentLinks { get; init; } = [];

    /// <summary>Where in the theme each link attribute is written, to name the template line of a broken link the theme wrote (RPT507).</summary>
    public ThemeLinkOrigins ThemeLinks { get; init; } = ThemeLinkOrigins.None;

    /// <summary>How many images were encoded rather than taken from the image cache (0 when none changed).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>How many image originals were read and hashed (0 when none changed since the last build).</summary>
    public int ImagesRead { get; init; }

    /// <summary>The image cache's keys this site uses; a successful build removes the other entries.</summary>
    public IReadOnlySet<string> ImageCacheKeys { get; init; } = new HashSet<string>();

    /// <summary>The years in preparation (report.yml has <c>draft: true</c>) left out of this site because drafts were not asked for.</summary>
    public IReadOnlyList<int> DraftYears { get; init; } = [];

    /// <summary>The years whose previous year is one of <see cref="DraftYears"/>, built as if that year were absent.</summary>
    public IReadOnlyList<DraftNeighbour> DraftNeighbours { get; init; } = [];
}

/// <summary>A file copied as it is: from <paramref name="Source"/> (a full path) to <paramref name="Path"/> in the output (with '/').</summary>
/// <param name="NeverChanged">
/// True when <paramref name="Source"/> is only ever created whole and removed, never changed in place (an image cache
/// file): the writer may then publish it as a hard link to the source instead of a copy.
/// </param>
public sealed record AssetFile(string Source, string Path, bool NeverChanged = false);
