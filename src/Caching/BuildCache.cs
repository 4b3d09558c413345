using System.Collections.Concurrent;
using Generator.Diagnostics;

namespace Generator.Caching;

/// <summary>
/// What one build can hand to the next: each result a stage makes through <see cref="Reuse{T}"/> (a file read, a text
/// rendered, a page rendered, the theme), with the problems found making it, is kept under its key and given back,
/// problems included, while what it was made from (its fingerprint) is unchanged. The stages only say what a result
/// depends on; whether anything is kept is the caller's choice: a build passes <see cref="None"/>, which keeps nothing,
/// the preview one instance for its whole session. One build at a time, whose stages may use it from several threads.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<(CacheKind Kind, string Key), CachedResult> _results = new();
    private readonly ConcurrentDictionary<(CacheKind Kind, string Key), byte> _used = new();

    private BuildCache(bool enabled) => Enabled = enabled;

    public BuildCache()
        : this(enabled: true)
    {
    }

    /// <summary>Keeps nothing: every result is made anew, and no fingerprint is computed.</summary>
    public static BuildCache None { get; } = new(enabled: false);

    /// <summary>False for <see cref="None"/>.</summary>
    public bool Enabled { get; }

    /// <summary>What the last build did: its figures are printed after each rebuild.</summary>
    public BuildStatistics Statistics { get; private set; } = new();

    /// <summary>How many results are kept.</summary>
    internal int Count => _results.Count;

    /// <summary>
    /// The result kept for <paramref name="kind"/> and <paramref name="key"/> when its fingerprint is still
    /// <paramref name="fingerprint"/> (computed only when this cache keeps anything); else <paramref name="make"/>'s,
    /// which is kept. The problems found making it are added to <paramref name="diagnostics"/> either way. A new theme
    /// makes every page anew.
    /// </summary>
    internal T Reuse<T>(CacheKind kind, string key, Func<string> fingerprint, DiagnosticBag diagnostics, Func<DiagnosticBag, T> make)
    {
        if (!Enabled)
        {
            return make(diagnostics);
        }

        var id = (kind, key);
        var print = fingerprint();
        _used.TryAdd(id, 0);
        if (_results.TryGetValue(id, out var kept) && kept.Fingerprint == print)
        {
            diagnostics.AddRange(kept.Diagnostics);
            return (T)kept.Value!;
        }

        var local = new DiagnosticBag();
        var value = make(local);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);
        if (kind == CacheKind.Theme)
        {
            Forget(k => k.Kind == CacheKind.Page);
        }

        _results[id] = new CachedResult(print, value, found);
        Statistics.Count(kind);
        return value;
    }

    /// <summary>A fingerprint of what a result depends on; empty, and not computed, when this cache keeps nothing.</summary>
    internal string Fingerprint(Func<string> compute) => Enabled ? compute() : "";

    /// <summary>
    /// Forgets what is known of these files (full paths), so the next build reads them again; a file of a theme
    /// folder that was loaded makes the theme load again.
    /// </summary>
    public void Invalidate(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths.Select(Path.GetFullPath))
        {
            _results.TryRemove((CacheKind.File, path), out _);
            Forget(k => k.Kind == CacheKind.Theme && path.StartsWith(k.Key + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        }
    }

    /// <summary>Forgets everything (when the watcher lost track of changes).</summary>
    public void Clear() => _results.Clear();

    internal void StartBuild()
    {
        Statistics = new BuildStatistics();
        _used.Clear();
    }

    /// <summary>
    /// After a build that rendered every page: forgets every result it did not use (an edited text's old version, a
    /// renamed event's page), so a long preview session does not grow without bound.
    /// </summary>
    internal void EvictUnused() => Forget(k => !_used.ContainsKey(k));

    private void Forget(Func<(CacheKind Kind, string Key), bool> which)
    {
        foreach (var key in _results.Keys.Where(which))
        {
            _results.TryRemove(key, out _);
        }
    }
}

/// <summary>What a cached result is, which says what its key is.</summary>
internal enum CacheKind
{
    /// <summary>An input file, read and parsed, by its full path.</summary>
    File,

    /// <summary>A Markdown text, rendered, by the fingerprint of everything it depends on.</summary>
    Text,

    /// <summary>A page, rendered, with its links, by its path in the site.</summary>
    Page,

    /// <summary>The theme, loaded, by its folder's full path.</summary>
    Theme,
}

/// <summary>A result with the problems found making it, valid while <see cref="Fingerprint"/> holds.</summary>
internal sealed record CachedResult(string Fingerprint, object? Value, IReadOnlyList<Diagnostic> Diagnostics);
