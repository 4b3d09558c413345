using System.Collections.Concurrent;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Caching;

/// <summary>
/// What one build can hand to the next in a long-running preview, so a rebuild re-reads only the files that
/// changed and re-renders only the pages whose inputs changed. A plain build uses none. One build at a
/// time, whose stages may use it from several threads.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedContent> _content = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private bool _themeChanged = true;

    /// <summary>What the last build did: its figures are printed after each rebuild.</summary>
    public BuildStatistics Statistics { get; private set; } = new();

    internal Theme? Theme { get; private set; }

    internal IReadOnlyList<Diagnostic> ThemeDiagnostics { get; private set; } = [];

    /// <summary>Forgets what is known of these files (full paths), so the next build reads them again.</summary>
    public void Invalidate(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths)
        {
            _files.TryRemove(Path.GetFullPath(path), out _);
            if (Theme is not null && IsThemeFile(path))
            {
                _themeChanged = true;
            }
        }
    }

    /// <summary>Forgets everything (when the watcher lost track of changes).</summary>
    public void Clear()
    {
        _files.Clear();
        _content.Clear();
        _pages.Clear();
        _themeChanged = true;
    }

    internal void StartBuild()
    {
        Statistics = new BuildStatistics();
        _used.Clear();
    }

    /// <summary>
    /// After a build that rendered every page: forgets every file, text and page it did not use (an edited text's old
    /// version, a renamed event's page), so a long preview session does not grow without bound.
    /// </summary>
    internal void EvictUnused()
    {
        Evict(_files);
        Evict(_content);
        Evict(_pages);
    }

    private void Evict<T>(ConcurrentDictionary<string, T> cache)
    {
        foreach (var key in cache.Keys.Where(k => !_used.ContainsKey(k)))
        {
            cache.TryRemove(key, out _);
        }
    }

    /// <summary>How many files, texts and pages are kept.</summary>
    internal int Count => _files.Count + _content.Count + _pages.Count;

    private void Use(string key) => _used.TryAdd(key, 0);

    internal bool TryGetFile(string fullPath, string key, out CachedFile file)
    {
        Use(fullPath);
        return _files.TryGetValue(fullPath, out file!) && file.Key == key;
    }

    internal void StoreFile(string fullPath, CachedFile file)
    {
        Use(fullPath);
        _files[fullPath] = file;
        Statistics.CountFileRead();
    }

    internal bool NeedsTheme => Theme is null || _themeChanged;

    internal void StoreTheme(Theme? theme, IReadOnlyList<Diagnostic> diagnostics, string themeFolder)
    {
        Theme = theme;
        ThemeDiagnostics = diagnostics;
        ThemeFolder = Path.GetFullPath(themeFolder);
        _themeChanged = false;
        _pages.Clear();
    }

    internal bool TryGetContent(string key, out CachedContent content)
    {
        Use(key);
        return _content.TryGetValue(key, out content!);
    }

    internal void StoreContent(string key, CachedContent content)
    {
        Use(key);
        _content[key] = content;
        Statistics.CountTextRendered();
    }

    internal bool TryGetPage(string path, string fingerprint, out CachedPage page)
    {
        Use(path);
        return _pages.TryGetValue(path, out page!) && page.Fingerprint == fingerprint;
    }

    internal void StorePage(string path, CachedPage page)
    {
        Use(path);
        _pages[path] = page;
        Statistics.CountPageRendered();
    }

    private string? ThemeFolder { get; set; }

    private bool IsThemeFile(string path) =>
        ThemeFolder is not null && Path.GetFullPath(path).StartsWith(ThemeFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>A file as read, with the problems found in it, valid while its <see cref="Key"/> holds.</summary>
/// <param name="Key">What else the reading depended on (for an event: the report's year).</param>
internal sealed record CachedFile(object? Result, IReadOnlyList<Diagnostic> Diagnostics, string Key);

internal sealed record CachedContent(RenderedContent? Content, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>A rendered page, valid while its <see cref="Fingerprint"/> holds, with its links scanned once.</summary>
internal sealed record CachedPage(string Fingerprint, string Html, Checking.HtmlLinks Links);
