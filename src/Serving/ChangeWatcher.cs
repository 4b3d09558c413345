namespace Generator.Serving;

/// <summary>
/// Watches folders and reports changed files in batches: a burst of saves (several files at once, or an editor
/// that writes a file twice) becomes one batch once the folders have been quiet for a moment.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher?> _inside = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _beside = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private bool _everything;
    private bool _disposed;

    /// <param name="folders">The folders to watch, full paths; each may be missing, moved away, replaced or brought back while watched.</param>
    /// <param name="changed">Called with the changed full paths, or null when changes were lost, or a watched folder itself appeared,
    /// disappeared or was replaced, so that everything must be read again.</param>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>?> changed)
    {
        _quiet = quiet;
        _timer = new Timer(_ => Flush(changed));
        foreach (var folder in folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            _inside[folder] = WatchInside(folder);
            WatchBeside(folder);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var watcher in _inside.Values.Concat(_beside))
            {
                watcher?.Dispose();
            }

            _inside.Clear();
            _beside.Clear();
        }

        _timer.Dispose();
    }

    /// <summary>Everything inside the folder, when it exists. The kernel's watch follows the folder itself, not its name.</summary>
    private FileSystemWatcher? WatchInside(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

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
        watcher.Error += (_, _) => ReadEverything();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>
    /// The folder's own name in the folder that holds it: a folder moved away, deleted, made or moved back under that
    /// name. Its contents are then watched anew (the old watch followed the folder that left) and everything is read
    /// again, so the preview shows the folder that now has the name, or that it is missing.
    /// </summary>
    private void WatchBeside(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(folder);
        var watcher = new FileSystemWatcher(parent, name)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
        };
        watcher.Created += (_, _) => Replaced(folder);
        watcher.Deleted += (_, _) => Replaced(folder);
        watcher.Renamed += (_, _) => Replaced(folder);
        watcher.Error += (_, _) => Replaced(folder);
        watcher.EnableRaisingEvents = true;
        _beside.Add(watcher);
    }

    private void Replaced(string folder)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _inside[folder]?.Dispose();
            _inside[folder] = WatchInside(folder);
        }

        ReadEverything();
    }

    private void ReadEverything()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _everything = true;
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    private void Add(string path)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

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
            everything = _everything;
            _pending.Clear();
            _everything = false;
        }

        if (batch.Length > 0 || everything)
        {
            changed(everything ? null : batch);
        }
    }
}
