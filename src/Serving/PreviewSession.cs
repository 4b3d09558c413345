using System.Diagnostics;
using System.Globalization;
using Generator.Caching;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Serving;

/// <summary>
/// Keeps the preview's current build and makes the next one, reusing what did not change. One rebuild at a time;
/// readers see either the old or the new site, never half of one.
/// </summary>
public sealed class PreviewSession(BuildOptions buildOptions, TextWriter output, TextWriter error)
{
    private readonly BuildOptions _options = buildOptions with { WriteOutput = false };

    private readonly BuildCache _cache = new();
    private readonly Dictionary<string, byte[]> _assets = new(StringComparer.Ordinal);
    private readonly Lock _rebuilding = new();
    private PreviewSite _current = PreviewSite.Empty;

    public PreviewSite Current => Volatile.Read(ref _current);

    /// <summary>How long each stage of the last rebuild took (for the benchmark).</summary>
    public StageTimings LastTimings { get; private set; } = new();

    public event Action<PreviewSite>? Rebuilt;

    /// <summary>The cache kept between rebuilds (for tests of its size).</summary>
    internal BuildCache Cache => _cache;

    /// <summary>Makes a site; tests replace it to make a rebuild fail as a bug would.</summary>
    internal Func<BuildOptions, DiagnosticBag, ISiteSink, BuildCache, StageTimings, GeneratedSite> Generate { get; init; } =
        SiteGenerator.Generate;

    /// <summary>
    /// Rebuilds after these files changed (full paths); null when everything may have. Never throws: a failure of
    /// the generator itself (a bug) is shown like a build error, in the terminal and in the browser, and the
    /// cache is forgotten so the next save starts afresh.
    /// </summary>
    public PreviewSite Rebuild(IReadOnlyCollection<string>? changed)
    {
        lock (_rebuilding)
        {
            try
            {
                return RebuildLocked(changed);
            }
            catch (Exception e)
            {
                Program.ReportBug(e, error, Program.Verbose([]));
                _cache.Clear();
                _assets.Clear();
                var failed = new PreviewSite(Current.Version + 1, Current.Pages, Current.Assets,
                    [new Diagnostic(Severity.Error, "BUG", $"The generator failed while building: {e.GetType().Name}: {e.Message}. This is a bug in the generator; the preview keeps running and builds again on the next save.", null)],
                    Current.Data);
                Publish(failed);
                return failed;
            }
        }
    }

    private PreviewSite RebuildLocked(IReadOnlyCollection<string>? changed)
    {
        var clock = Stopwatch.StartNew();
        if (changed is null)
        {
            _cache.Clear();
            _assets.Clear();
        }
        else
        {
            _cache.Invalidate(changed);
            foreach (var path in changed)
            {
                _assets.Remove(Path.GetFullPath(path));
            }
        }

        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var sink = new MemorySink();
        var site = Generate(_options, diagnostics, sink, _cache, timings);
        LastTimings = timings;
        var problems = diagnostics.ToSortedList();
        var errors = problems.Where(d => d.Severity == Severity.Error).ToList();
        var next = new PreviewSite(
            Current.Version + 1,
            errors.Count > 0 ? Current.Pages : sink.Pages,
            errors.Count > 0 ? Current.Assets : ReadAssets(site),
            errors,
            errors.Count > 0 ? Current.Data : sink.Data);
        Publish(next);
        Report(problems, errors.Count, site, clock.Elapsed);
        if (errors.Count > 0)
        {
            return next;
        }

        _cache.EvictUnused();

        // The pages are out and the browser is reloading; links are checked now, and a broken one still shows.
        var links = new DiagnosticBag();
        Checking.LinkCheck.Run(site, links);
        var broken = links.ToSortedList();
        if (broken.Count == 0)
        {
            return next;
        }

        var checkedSite = next with { Version = next.Version + 1, Errors = broken };
        Publish(checkedSite);
        Report(broken, broken.Count, site, clock.Elapsed);
        return checkedSite;
    }

    private void Publish(PreviewSite site)
    {
        Volatile.Write(ref _current, site);
        Rebuilt?.Invoke(site);
    }

    private Dictionary<string, byte[]> ReadAssets(GeneratedSite site)
    {
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, path, _) in site.Assets)
        {
            if (!_assets.TryGetValue(file, out var bytes))
            {
                try
                {
                    bytes = File.ReadAllBytes(file);
                }
                catch (IOException)
                {
                    continue; // Removed while we looked: the watcher will report it.
                }

                _assets[file] = bytes;
            }

            assets[path] = bytes;
        }

        return assets;
    }

    private void Report(IReadOnlyList<Diagnostic> problems, int errors, GeneratedSite site, TimeSpan elapsed)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        var milliseconds = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var statistics = _cache.Statistics;
        if (errors > 0)
        {
            error.WriteLine($"Build failed with {Program.Problems(errors, problems.Count - errors)} in {milliseconds} ms; the browser shows them until the next good save.");
            return;
        }

        if (site.Reports.Count == 0)
        {
            return;
        }

        output.WriteLine(
            $"Built {site.EventCount} events in {milliseconds} ms: {Program.Count(statistics.FilesRead, "file")} read, "
            + $"{Program.Count(statistics.TextsRendered, "text")} and {Program.Count(statistics.PagesRendered, "page")} rendered.");
    }
}
