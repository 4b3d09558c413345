namespace Generator.Serving;

/// <summary>
/// Watches folders and reports changed files in batches: a burst of saves (several files at once, or an editor
/// that writes a file twice) becomes one batch once the folders have been quiet for a moment.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private bool _overflowed;

    /// <param name="changed">Called with the changed full paths, or null when changes were lost and everything must be re-read.</param>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed)
    {
        _quiet = quiet;
        _timer = new Timer(_ => Flush(changed));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                lock (_lock)
                {
                    _overflowed = true;
                }

                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Add(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
        }

        // Each change restarts the quiet period.
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    private void Flush(Action<IReadOnlyCollection<string>?> changed)
    {
        string[] batch;
        bool everything;
        lock (_lock)
        {
            batch = [.. _pending];
            everything = _overflowed;
            _pending.Clear();
            _overflowed = false;
        }

        if (batch.Length > 0 || everything)
        {
            changed(everything ? null : batch);
        }
    }
}
