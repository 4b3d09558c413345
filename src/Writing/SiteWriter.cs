using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Writing;

/// <summary>
/// The only code that touches the output folder, and it changes it in one step. The whole new site is first made
/// in the staging folder beside the output (<c>.output.staging</c> for <c>output</c>), and then the two folders
/// are exchanged in a single atomic rename (see <see cref="FolderSwap"/>). As the build's sink it receives each page
/// and data file as soon as it is rendered and writes it to the staging folder at once, so no build holds the whole
/// site in memory. The staging folder is the site before last (the exchange makes the old site the next staging
/// folder): a file it already has with the right bytes is kept, one that the current output has with the right bytes
/// is hard-linked to it, and only the rest is written; what the new site does not have is removed at the end. Files
/// are only ever created or removed, never changed in place, so the output never shares a changing file with the
/// staging folder.
/// <para>
/// What that guarantees: whenever the process stops, a failure or a <c>kill -9</c> at any moment, the output
/// folder is byte for byte the previous site or the new one, never a mix. Before the exchange the staged files
/// are flushed to disk (<see cref="StagingFlush"/>: most of them while the build still writes, the rest in one last
/// <c>syncfs</c> that the exchange waits for), and the exchange itself after it, so the same holds after a power
/// loss. A killed or failed build leaves only the staging folder, which the next build checks file by file and
/// reuses; a first build that fails leaves no folder. Callers hold an <see cref="OutputLock"/> from
/// <see cref="Open"/> to <see cref="Publish"/>, so two builds never use one staging folder at once.
/// </para>
/// <para>
/// The output folder is another folder after each build (the exchange swaps two folder entries): a program whose
/// working folder is inside it (a server started with <c>cd output</c>) keeps seeing the previous site. When the
/// output's name is a symbolic link, the folder it leads to is replaced and the link kept.
/// </para>
/// </summary>
public sealed class SiteWriter : ISiteSink, IDisposable
{
    /// <summary>
    /// Marks a folder as the generator's own, so a later build may replace it without --force. It lists every file
    /// the build wrote (see <see cref="OutputMarker"/>), so a file added by hand afterwards is noticed, not lost.
    /// </summary>
    public const string MarkerFile = OutputMarker.FileName;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Measured on a 2-core machine: more writers than cores make the file system slower, not faster.
    private static readonly ParallelOptions Writers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private readonly string _outputFolder;
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _first;
    private readonly WriteFaults? _faults;
    private readonly StagingFlush _flush;

    /// <summary>What the staging folder held when it was opened and nothing has replaced yet: removed when publishing.</summary>
    private readonly ConcurrentDictionary<string, byte> _stale;
    private readonly IReadOnlySet<string> _folders;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private Exception? _failure;
    private bool _published;

    private SiteWriter(string outputFolder, string output, string staging, bool first, WriteFaults? faults, StagingFlush flush,
        ConcurrentDictionary<string, byte> stale, IReadOnlySet<string> folders)
    {
        _flush = flush;
        _outputFolder = outputFolder;
        _output = output;
        _staging = staging;
        _first = first;
        _faults = faults;
        _stale = stale;
        _folders = folders;
    }

    /// <summary>The staging folder of an output folder: beside it, hidden, named after it.</summary>
    public static string StagingFolderOf(string outputFolder)
    {
        var output = FolderOf(outputFolder);
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".{Path.GetFileName(output)}.staging");
    }

    /// <summary>
    /// Makes the staging folder ready for a build into <paramref name="outputFolder"/>: sweeps what killed builds left,
    /// and notes what the staging folder holds (removing any symbolic link in it, so nothing is written through
    /// one). Null, with an error, when that fails. Call under the output's <see cref="OutputLock"/>.
    /// </summary>
    /// <param name="faults">For tests: called before each step, to make it fail.</param>
    /// <param name="shown">The output folder as messages show it (<see cref="ShownPath"/>); <paramref name="outputFolder"/> when null.</param>
    public static SiteWriter? Open(string outputFolder, DiagnosticBag diagnostics, WriteFaults? faults = null, string? shown = null)
    {
        shown ??= outputFolder;
        var output = FolderOf(outputFolder);
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var staging = StagingFolderOf(outputFolder);
        var first = !Directory.Exists(output);
        try
        {
            Directory.CreateDirectory(parent);
            SweepLeftovers(parent, name, staging);
            Directory.CreateDirectory(staging);
            var (stale, folders) = Survey(staging);
            return new SiteWriter(shown, output, staging, first, faults, StagingFlush.Start(staging), stale, folders);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{shown}': {FirstMessage(e)} The previous output is unchanged.");
            if (first)
            {
                TryDelete(staging);
            }

            return null;
        }
    }

    /// <summary>Writes a page given as a string, as <see cref="Write(string, ReadOnlySpan{char})"/> does.</summary>
    public void Write(string path, string text) => Write(path, text.AsSpan());

    /// <summary>Writes a page to the staging folder (or keeps or links an identical one). After a failure, does nothing.</summary>
    /// <remarks>The UTF-8 bytes are made in a buffer lent for the page (<see cref="ArrayPool{T}"/>), not in a new array for every page.</remarks>
    public void Write(string path, ReadOnlySpan<char> text)
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Guarded(path, () => StageBytes(path, buffer.AsSpan(0, length), linkSource: null));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Streams a file into the staging folder, as a new file. After a failure, does nothing.</summary>
    public void Write(string path, Action<Stream> write) => Guarded(path, () =>
    {
        var target = Prepare(path, _stale.TryRemove(path, out _));
        using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 65_536);
        write(stream);
        _flush.Written(stream.Position);
    });

    /// <summary>The full path at which a file already written is staged (to read the report page back for the PDF).</summary>
    public string StagedPath(string path) => Path.Combine(_staging, path);

    /// <summary>
    /// Completes the staging folder with the copied files, the extra files and the marker, removes what the new site
    /// does not have, flushes it to disk and exchanges it with the output folder. Reports the first failure of any
    /// write since <see cref="Open"/> instead, leaving the output as it was.
    /// </summary>
    /// <param name="assets">The theme's files and published images, copied (or hard-linked, see <see cref="AssetFile.NeverChanged"/>).</param>
    /// <param name="extraFiles">Files made outside rendering (the PDF), by output path.</param>
    public WriteOutcome Publish(IReadOnlyList<AssetFile> assets, IReadOnlyDictionary<string, byte[]>? extraFiles, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(_output) ?? _output;
        var name = Path.GetFileName(_output);
        try
        {
            var copies = new Dictionary<string, AssetFile>(StringComparer.Ordinal);
            foreach (var asset in assets)
            {
                copies[asset.Path] = asset;
            }

            Parallel.ForEach(copies.Values.Where(a => extraFiles?.ContainsKey(a.Path) != true), Writers, asset => Guarded(asset.Path, () =>
                StageBytes(asset.Path, File.ReadAllBytes(asset.Source), asset.NeverChanged ? asset.Source : null)));
            foreach (var (path, bytes) in extraFiles ?? new Dictionary<string, byte[]>())
            {
                Guarded(path, () => StageBytes(path, bytes, linkSource: null));
            }

            var listed = _written.Keys.Append(MarkerFile).ToList();
            Guarded(MarkerFile, () => StageBytes(MarkerFile, Utf8.GetBytes(OutputMarker.Text(listed)), linkSource: null));
            if (_failure is { } failure)
            {
                throw failure;
            }

            RemoveStale();
            _flush.Complete();
            CopyPermissions(_output, _staging);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{_outputFolder}': {FirstMessage(e)} The previous output is unchanged.");
            return WriteOutcome.LeftAsItWas;
        }

        try
        {
            _faults?.BeforeSwap?.Invoke();
            FolderSwap.Swap(_staging, _output, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
            _published = true;
        }
        catch (OutputMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be moved into '{_outputFolder}': {e.Message} Move it back, or build again.");
            _published = true;
            return WriteOutcome.Missing;
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be moved into '{_outputFolder}': {FirstMessage(e)} The previous output is unchanged.");
            return WriteOutcome.LeftAsItWas;
        }

        try
        {
            NativeFiles.FlushFolder(parent);
        }
        catch (IOException)
        {
            // The exchange has happened and is visible; the system writes it to disk in its own time.
        }

        return WriteOutcome.Replaced;
    }

    /// <summary>
    /// Ends a build that was not published: a first build's staging folder is removed, so a failed first build leaves
    /// no folder; a later one's is kept for the next build to reuse (it is not visible).
    /// </summary>
    public void Dispose()
    {
        _flush.Dispose();
        if (!_published && _first)
        {
            TryDelete(_staging);
        }
    }

    /// <summary>Runs one file's write unless an earlier one failed; an I/O failure is kept, to be reported when publishing.</summary>
    private void Guarded(string path, Action write)
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            _faults?.BeforeEachFile?.Invoke(path);
            write();
            _written.TryAdd(path, 0);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>
    /// Makes the staging folder hold <paramref name="bytes"/> at <paramref name="path"/>: a file it already has with
    /// those bytes is kept; otherwise it is replaced by a hard link to the output's file when that has those bytes,
    /// else by a hard link to <paramref name="linkSource"/> (a file that is never changed in place), else by a new file.
    /// </summary>
    private void StageBytes(string path, ReadOnlySpan<byte> bytes, string? linkSource)
    {
        var exists = _stale.TryRemove(path, out _);
        if (exists && SameBytes(new FileInfo(Path.Combine(_staging, path)), bytes))
        {
            return;
        }

        var target = Prepare(path, exists);
        var current = _first ? null : new FileInfo(Path.Combine(_output, path));
        if (current is { Exists: true } && SameBytes(current, bytes) && NativeFiles.TryHardLink(current.FullName, target))
        {
            return;
        }

        // An image from the cache, whose bytes were just read from it: a second name instead of a copy.
        if (linkSource is not null && NativeFiles.TryHardLink(linkSource, target))
        {
            return;
        }

        WriteNew(target, bytes);
    }

    /// <summary>
    /// Clears the place of a new file in the staging folder: its folder exists, and nothing stands at its name (not the
    /// old site's file, nor a folder of the old site where the new one has a file). Returns its full path.
    /// </summary>
    /// <param name="exists">Whether the staging folder had a file at <paramref name="path"/> when it was opened.</param>
    private string Prepare(string path, bool exists)
    {
        var target = Path.Combine(_staging, path);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.Contains(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException)
            {
                // A file of the old site stands where the new one has a folder.
                for (var up = folder; up.Length > _staging.Length; up = Path.GetDirectoryName(up)!)
                {
                    if (File.Exists(up))
                    {
                        File.Delete(up);
                        _stale.TryRemove(ShownPath.Slashed(Path.GetRelativePath(_staging, up)), out _);
                    }
                }

                Directory.CreateDirectory(folder);
            }
        }

        if (_folders.Contains(target) && Directory.Exists(target))
        {
            DeleteEntry(target);
        }
        else if (exists)
        {
            File.Delete(target);
        }

        return target;
    }

    /// <summary>
    /// Notes every file (by output path) and folder (full path) of the staging folder, removing each symbolic link in it.
    /// </summary>
    private static (ConcurrentDictionary<string, byte> Files, IReadOnlySet<string> Folders) Survey(string staging)
    {
        var files = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal) { staging };
        var pending = new Stack<string>([staging]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null)
                {
                    File.Delete(entry.FullName);
                }
                else if (entry is DirectoryInfo)
                {
                    folders.Add(entry.FullName);
                    pending.Push(entry.FullName);
                }
                else
                {
                    files[ShownPath.Slashed(Path.GetRelativePath(staging, entry.FullName))] = 0;
                }
            }
        }

        return (files, folders);
    }

    /// <summary>Removes every file and folder of the staging folder that the new site does not have.</summary>
    private void RemoveStale()
    {
        Parallel.ForEach(_stale.Keys, Writers, path =>
        {
            try
            {
                File.Delete(Path.Combine(_staging, path));
            }
            catch (DirectoryNotFoundException)
            {
                // Its folder went already, to make room for a file of the new site.
            }
        });

        var needed = new HashSet<string>(StringComparer.Ordinal) { _staging };
        foreach (var path in _written.Keys)
        {
            for (var folder = Path.GetDirectoryName(Path.Combine(_staging, path))!; needed.Add(folder); folder = Path.GetDirectoryName(folder)!)
            {
            }
        }

        foreach (var folder in _folders.Where(f => !needed.Contains(f)).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// The full path of the folder that a build replaces: the output folder, or where it leads when it is a
    /// symbolic link (followed to the end). The staging folder and the lock file lie beside it.
    /// </summary>
    internal static string FolderOf(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var info = new DirectoryInfo(output);
        return info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
            ? target.FullName.TrimEnd(Path.DirectorySeparatorChar)
            : output;
    }

    /// <summary>
    /// Removes what earlier builds may have left beside the output other than the staging folder: old sites moved
    /// aside where folders cannot be exchanged, staging folders of earlier versions, and a staging "folder" that is
    /// a file or a link. Only called under the output's lock.
    /// </summary>
    private static void SweepLeftovers(string parent, string name, string staging)
    {
        // One look at the parent folder for both kinds (it may be a large folder).
        var (old, stagingOfOld) = ($".{name}.old-", $".{name}.staging-");
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*")
            .Where(f => Path.GetFileName(f) is var n && (n.StartsWith(old, StringComparison.Ordinal) || n.StartsWith(stagingOfOld, StringComparison.Ordinal))).ToList())
        {
            DeleteEntry(folder);
        }

        if (File.Exists(staging) || new FileInfo(staging).LinkTarget is not null)
        {
            File.Delete(staging);
        }
    }

    /// <summary>
    /// Creates a file that does not exist yet. Through a handle rather than File.WriteAllBytes, which locks,
    /// truncates and seeks: for ten thousand pages those system calls are a good part of the writing.
    /// </summary>
    private void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        _flush.Written(bytes.Length);
    }

    private static bool SameBytes(FileInfo file, ReadOnlySpan<byte> bytes) =>
        file.Length == bytes.Length && file.LinkTarget is null && File.ReadAllBytes(file.FullName).AsSpan().SequenceEqual(bytes);

    /// <summary>The new folder gets the old one's permissions, so that exchanging them changes no access.</summary>
    private static void CopyPermissions(string output, string staging)
    {
        if (!OperatingSystem.IsWindows() && Directory.Exists(output))
        {
            File.SetUnixFileMode(staging, File.GetUnixFileMode(output));
        }
    }

    /// <summary>Deletes a file, a link (not what it leads to) or a folder with everything in it.</summary>
    private static void DeleteEntry(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.Exists && info.LinkTarget is null)
        {
            info.Delete(recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    private static bool IsIoFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException aggregate && aggregate.InnerExceptions.All(IsIoFailure));

    private static string FirstMessage(Exception e) =>
        e is AggregateException aggregate ? FirstMessage(aggregate.InnerExceptions[0]) : e.Message;

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            // The next build into the same output reuses or removes it.
        }
    }
}

/// <summary>Points where a test can make writing fail, by throwing an <see cref="IOException"/>.</summary>
/// <param name="BeforeEachFile">Called with each file's path before it is staged.</param>
/// <param name="BeforeSwap">Called once the staging folder is complete, just before the exchange.</param>
public sealed record WriteFaults(Action<string>? BeforeEachFile = null, Action? BeforeSwap = null);
