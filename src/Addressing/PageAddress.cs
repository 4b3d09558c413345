using System.Globalization;

namespace Generator.Addressing;

/// <summary>
/// Where a page lives in the built site, and the one place that knows how to reach it: the overview at the root
/// (<c>index.html</c>), a year's report (<c>2022/index.html</c>) and an event's page (<c>2022/01/&lt;slug&gt;/index.html</c>).
/// Every relative link between pages (<c>../</c>, <c>../../../</c>) is made here.
/// </summary>
public sealed record PageAddress
{
    // Depth, the way to the root and the page's file are asked for on every link of every page: each made once, when first
    // asked for (an address made for one look, like a report's, costs no more than its folder).
    private int _depth = -1;
    private string? _toRoot;
    private string? _page;

    private PageAddress(string folder) => Folder = folder;

    /// <summary>The site's root folder: the overview page, the assets and the site-wide data files.</summary>
    public static PageAddress Root { get; } = new("");

    /// <summary>The folder relative to the site root, with '/' and ending in '/', or "" for the root.</summary>
    public string Folder { get; }

    /// <summary>How many folders below the root the page is (0 for the root).</summary>
    public int Depth => _depth >= 0 ? _depth : _depth = Folder.AsSpan().Count('/');

    /// <summary>The relative way from this page back to the site root: "" at the root, "../" one folder below it.</summary>
    public string ToRoot => _toRoot ??= Depth < Ups.Length ? Ups[Depth] : string.Concat(Enumerable.Repeat("../", Depth));

    /// <summary>The way back to the root from each of the depths pages have, made once rather than for every page.</summary>
    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(depth => string.Concat(Enumerable.Repeat("../", depth)))];

    /// <summary>The page's file relative to the site root, like <c>2022/01/samenvoeging/index.html</c>.</summary>
    public string Page => _page ??= Folder + "index.html";

    /// <summary>The report of one year, in its own folder (<c>2022/</c>).</summary>
    public static PageAddress Year(int year) => new(YearName(year) + "/");

    /// <summary>An event's own page: <c>year/month/slug/</c>, like <c>2022/01/ind-onderzoekt-interne-cultuur/</c>.</summary>
    /// <param name="month">1 to 12.</param>
    /// <param name="slug">The event's slug (see <see cref="Text.Slug"/>), non-empty.</param>
    public static PageAddress Event(int year, int month, string slug) =>
        new($"{YearName(year)}/{month.ToString("00", CultureInfo.InvariantCulture)}/{slug}/");

    /// <summary>The name of a year's folder, in the input and in the output: <c>2022</c>.</summary>
    public static string YearName(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>A file in this page's folder, relative to the site root (a year's data files: <c>2022/events.json</c>).</summary>
    public string File(string name) => Folder + name;

    /// <summary>
    /// The link from this page to <paramref name="siteRelative"/> (a path relative to the site root, optionally with a
    /// <c>#fragment</c>). A place on this very page is written as its fragment alone.
    /// </summary>
    public string LinkTo(string siteRelative)
    {
        if (siteRelative.StartsWith(Page + "#", StringComparison.Ordinal))
        {
            return siteRelative[Page.Length..];
        }

        return ToRoot + siteRelative;
    }

    /// <summary>The link from this page to another page (<c>index.html</c> to itself).</summary>
    public string LinkTo(PageAddress other) => other == this ? "index.html" : LinkTo(other.Page);

    /// <summary>The link from this page to another page's folder, to name a file in it: "" for its own folder.</summary>
    public string LinkToFolder(PageAddress other) => other == this ? "" : ToRoot + other.Folder;

    /// <summary>This page's folder as seen from <paramref name="from"/>'s folder: <c>01/loketten/</c> from <c>2022/</c>.</summary>
    public string RelativeTo(PageAddress from) =>
        Folder.StartsWith(from.Folder, StringComparison.Ordinal) ? Folder[from.Folder.Length..] : from.ToRoot + Folder;

    /// <summary>Two addresses are equal when their folders are (what is made from the folder is not compared).</summary>
    public bool Equals(PageAddress? other) => other is not null && string.Equals(Folder, other.Folder, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => Folder.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Folder;
}
