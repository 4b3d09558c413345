using Generator.Diagnostics;

namespace Generator.Checking;

/// <summary>
/// Checks that every internal link, stylesheet and #anchor on the generated pages leads somewhere, and that no page
/// carries an unsafe address, an event handler, an inline style or an inline script.
/// </summary>
public static class OutputLinkChecker
{
    /// <param name="pages">Each page's links and ids, by its path relative to the output (with '/').</param>
    /// <param name="otherFiles">Paths (relative to the output, with '/') of the files that are not pages: copied, or data files.</param>
    /// <param name="theme">Where the theme writes each link, to place an error at the template line that writes it; by default nowhere.</param>
    public static void Check(IReadOnlyDictionary<string, HtmlLinks> pages, IReadOnlyCollection<string> otherFiles, DiagnosticBag diagnostics,
        ThemeLinkOrigins? theme = null)
    {
        // A theme mistake repeats on every page: one error per mistake, naming the first page.
        foreach (var group in pages.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Unsafe.Select(problem => (Page: p.Key, problem.What, problem.Fix)))
            .GroupBy(p => (p.What, p.Fix)))
        {
            var count = group.Select(p => p.Page).Distinct(StringComparer.Ordinal).Count();
            var first = group.First().Page;
            var where = count == 1 ? $"The page {first} carries" : $"{count} pages, such as {first}, carry";
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, null, $"{where} {group.Key.What}, which the theme wrote. {group.Key.Fix}");
        }

        var existing = new HashSet<string>(pages.Keys.Concat(otherFiles), StringComparer.Ordinal);
        var origins = theme ?? ThemeLinkOrigins.None;

        // Each page on its own core: the bag is thread-safe and sorts what it holds.
        var broken = new System.Collections.Concurrent.ConcurrentBag<BrokenLink>();
        Parallel.ForEach(pages, entry =>
        {
            var (page, links) = entry;
            foreach (var id in links.DuplicateIds)
            {
                diagnostics.Error(DiagnosticCodes.IdDuplicate, null,
                    $"The page {page} has more than one element with id '{id}', so a link to #{id} may jump to the wrong one. Give each element of the theme its own id.");
            }

            foreach (var address in links.Addresses.Distinct(StringComparer.Ordinal))
            {
                if (Problem(page, address, existing, pages) is { } problem)
                {
                    var layout = Layout(page);
                    broken.Add(new BrokenLink(page, address, problem, origins.Find(address, layout), origins.LayoutPath(layout) ?? $"theme/layouts/{layout}.html"));
                }
            }
        });

        // One template line that writes a broken link on every page is one mistake: one error, at that line, naming
        // the first page and how many others. Without a known line, only the same problem in one layout is one error.
        foreach (var group in broken.GroupBy(b => b.Origin is { } origin ? (origin.Path, origin.Line, origin.Column, "") : (b.LayoutPath, 0, 0, b.Problem)))
        {
            var pagesOf = group.OrderBy(b => b.Page, StringComparer.Ordinal).ToList();
            var first = pagesOf[0];
            var where = first.Origin is null
                ? $"see {first.LayoutPath}, base.html and the partials they include (an expression there makes it)"
                : $"the template line this error points at ({first.Origin.Path}, line {first.Origin.Line})";
            var others = pagesOf.Count switch
            {
                1 => "",
                2 => $" The same mistake breaks a link on 1 other page too ({pagesOf[1].Page}).",
                _ => $" The same mistake breaks a link on {pagesOf.Count - 1} other pages too, such as {pagesOf[1].Page}.",
            };
            diagnostics.Error(DiagnosticCodes.OutputLinkBroken, first.Origin ?? new SourceLocation(first.LayoutPath, 1, 1),
                $"The page {first.Page} links to '{first.Address}', {first.Problem}.{others} The theme writes this link, not a text in input/, so correct the theme: {where}.");
        }
    }

    /// <summary>A link on a generated page that leads nowhere, with the template line that writes it when known.</summary>
    private sealed record BrokenLink(string Page, string Address, string Problem, SourceLocation? Origin, string LayoutPath);

    /// <summary>The layout that wrote a page: the overview at the root, a year's report one folder down (2022/index.html), else an event's.</summary>
    private static string Layout(string page) =>
        page == Addressing.PageAddress.Root.Page ? "overview"
        : page.Count(c => c == '/') == 1 ? "index"
        : "event";

    /// <summary>Why <paramref name="address"/>, written on <paramref name="page"/>, leads nowhere; null when it leads somewhere.</summary>
    internal static string? Problem(string page, string address, HashSet<string> existing, IReadOnlyDictionary<string, HtmlLinks> pages)
    {
        if (address.Length == 0)
        {
            return "an empty address";
        }

        if (IsExternal(address))
        {
            return null;
        }

        if (address.StartsWith('/'))
        {
            return "an address from the host's root, which breaks when the site is opened from disk or a sub-path; make it relative";
        }

        var hash = address.IndexOf('#', StringComparison.Ordinal);
        var pathEnd = address.IndexOfAny(['#', '?']);
        pathEnd = pathEnd < 0 ? address.Length : pathEnd;
        var target = pathEnd == 0 ? page : Resolve(page, Uri.UnescapeDataString(address[..pathEnd]));
        if (target is null)
        {
            return "which lies outside the site";
        }

        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }

        if (!existing.Contains(target))
        {
            return $"but the site has no {target}";
        }

        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(address[(hash + 1)..]);
        return fragment.Length > 0 && pages.TryGetValue(target, out var links) && !links.Ids.Contains(fragment)
            ? $"but {target} has no element with id '{fragment}'"
            : null;
    }

    private static bool IsExternal(string address)
    {
        if (address.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var slash = address.IndexOfAny(['/', '#', '?']);
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /// <summary>Resolves a relative path against the page's folder; null when it climbs above the root.</summary>
    /// <remarks>Runs for every link of every page: the segments are kept as places in the two texts, not as strings.</remarks>
    private static string? Resolve(string page, string relative)
    {
        var most = page.AsSpan().Count('/') + relative.AsSpan().Count('/') + 1;
        Span<Segment> segments = most <= 64 ? stackalloc Segment[most] : new Segment[most];
        var count = 0;

        // The page's folders (what ends in '/'; the file name does not), then the relative path's segments applied to them.
        for (int start = 0, end; (end = page.IndexOf('/', start)) >= 0; start = end + 1)
        {
            segments[count++] = new Segment(InPage: true, start, end - start);
        }

        for (var start = 0; ;)
        {
            var end = relative.IndexOf('/', start);
            var segment = relative.AsSpan(start, (end < 0 ? relative.Length : end) - start);
            if (segment is "..")
            {
                if (count == 0)
                {
                    return null;
                }

                count--;
            }
            else if (segment is not ".")
            {
                segments[count++] = new Segment(InPage: false, start, segment.Length);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        var length = count == 0 ? 0 : count - 1;
        foreach (var segment in segments[..count])
        {
            length += segment.Length;
        }

        // A path to a folder keeps its final '/' (it names the folder's index.html).
        var slash = relative.EndsWith('/') && length > 0 && segments[count - 1].Length > 0 ? 1 : 0;
        Span<char> path = length + slash <= 512 ? stackalloc char[length + slash] : new char[length + slash];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                path[at++] = '/';
            }

            var (inPage, start, size) = segments[i];
            (inPage ? page : relative).AsSpan(start, size).CopyTo(path[at..]);
            at += size;
        }

        if (slash > 0)
        {
            path[at] = '/';
        }

        return new string(path);
    }

    /// <summary>One segment of a resolved path: a place in the page's path or in the relative one.</summary>
    private readonly record struct Segment(bool InPage, int Start, int Length);
}
