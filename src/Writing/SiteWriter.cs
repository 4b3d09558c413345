using System.Text;
using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>
/// The only code that touches the output folder, and it changes it in one step. The whole new site is first made
/// in the staging folder beside the output (<c>.output.staging</c> for <c>output</c>), and then the two folders
/// are exchanged in a single atomic rename (see <see cref="FolderSwap"/>). The old site thereby becomes the
/// staging folder, which the next build turns into its new site: it removes what that site does not have and
/// writes only the files whose bytes differ, so a rebuild after a small change writes little (a file that the
/// current output already has is hard-linked to it instead). Files are only ever created or removed, never
/// changed in place, so the output never shares a changing file with the staging folder.
/// <para>
/// What that guarantees: whenever the process stops, a failure or a <c>kill -9</c> at any moment, the output
/// folder is byte for byte the previous site or the new one, never a mix. Before the exchange the staged files
/// are flushed to disk (one <c>syncfs</c>), and the exchange itself after it, so the same holds after a power
/// loss. A killed build leaves only the staging folder, which the next build checks file by file and reuses; a
/// first build that fails leaves no folder. Callers hold an <see cref="OutputLock"/> while writing, so two
/// builds never use one staging folder at once.
/// </para>
/// <para>
/// The output folder is another folder after each build (the exchange swaps two folder entries): a program whose
/// working folder is inside it (a server started with <c>cd output</c>) keeps seeing the previous site. When the
/// output's name is a symbolic link, the folder it leads to is replaced and the link kept.
/// </para>
/// </summary>
public static class SiteWriter
{
    /// <summary>
    /// Marks a folder as the generator's own, so a later build may replace it without --force. It lists every file
    /// the build wrote (see <see cref="OutputMarker"/>), so a file added by hand afterwards is noticed, not lost.
    /// </summary>
    public const string MarkerFile = OutputMarker.FileName;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Measured on a 2-core machine: more writers than cores make the file system slower, not faster.
    private static readonly ParallelOptions Writers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The staging folder of an output folder: beside it, hidden, named after it.</summary>
    public static string StagingFolderOf(string outputFolder)
    {
        var output = FolderOf(outputFolder);
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".{Path.GetFileName(output)}.staging");
    }

    /// <param name="extraFiles">Files made outside rendering (the PDF), by output path.</param>
    /// <param name="faults">For tests: called before each step, to make it fail.</param>
    public static WriteOutcome Write(GeneratedSite site, string outputFolder, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, byte[]>? extraFiles = null, WriteFaults? faults = null)
    {
        var output = FolderOf(outputFolder);
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var staging = StagingFolderOf(outputFolder);
        var files = Collect(site, extraFiles);
        var first = !Directory.Exists(output);

        try
        {
            Directory.CreateDirectory(parent);
            SweepLeftovers(parent, name, staging);
            Directory.CreateDirectory(staging);
            Prune(staging, files);
            Stage(files, Linkable(site, extraFiles), first ? null : output, staging, faults?.BeforeEachFile);
            NativeFiles.FlushFileSystem(staging);
            CopyPermissions(output, staging);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{outputFolder}': {FirstMessage(e)} The previous output is unchanged.");
            if (first)
            {
                TryDelete(staging);
            }

            return WriteOutcome.LeftAsItWas;
        }

        try
        {
            faults?.BeforeSwap?.Invoke();
            FolderSwap.Swap(staging, output, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
        }
        catch (OutputMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be moved into '{outputFolder}': {e.Message} Move it back, or build again.");
            return WriteOutcome.Missing;
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be moved into '{outputFolder}': {FirstMessage(e)} The previous output is unchanged.");
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
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.old-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.staging-*")))
        {
            DeleteEntry(folder);
        }

        if (File.Exists(staging) || new FileInfo(staging).LinkTarget is not null)
        {
            File.Delete(staging);
        }
    }

    /// <summary>Removes from the staging folder every file, folder and link that is not part of the new site.</summary>
    private static void Prune(string staging, Dictionary<string, Func<byte[]>> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
        {
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        var stale = new List<string>();
        var pending = new Stack<string>([staging]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(staging, entry.FullName).Replace('\\', '/');
                var isFolder = entry is DirectoryInfo && entry.LinkTarget is null;
                if (isFolder ? !folders.Contains(relative) : entry.LinkTarget is not null || !files.ContainsKey(relative))
                {
                    stale.Add(entry.FullName);
                }
                else if (isFolder)
                {
                    pending.Push(entry.FullName);
                }
            }
        }

        Parallel.ForEach(stale, Writers, DeleteEntry);
    }

    /// <summary>Every file of the site with its bytes (or, for an asset, where to copy it from).</summary>
    private static Dictionary<string, Func<byte[]>> Collect(GeneratedSite site, IReadOnlyDictionary<string, byte[]>? extraFiles)
    {
        var files = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        foreach (var file in site.Files)
        {
            files[file.Path] = () => Utf8.GetBytes(file.Content);
        }

        foreach (var asset in site.Assets)
        {
            files[asset.Path] = () => File.ReadAllBytes(asset.Source);
        }

        foreach (var (path, bytes) in extraFiles ?? new Dictionary<string, byte[]>())
        {
            files[path] = () => bytes;
        }

        var written = files.Keys.Append(MarkerFile).ToList();
        files[MarkerFile] = () => Utf8.GetBytes(OutputMarker.Text(written));
        return files;
    }

    /// <summary>The assets that may be hard-linked rather than copied (see <see cref="AssetFile.NeverChanged"/>), by output path.</summary>
    private static Dictionary<string, string> Linkable(GeneratedSite site, IReadOnlyDictionary<string, byte[]>? extraFiles)
    {
        var linkable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in site.Assets)
        {
            if (asset.NeverChanged)
            {
                linkable[asset.Path] = asset.Source;
            }
            else
            {
                linkable.Remove(asset.Path);
            }
        }

        foreach (var path in extraFiles?.Keys ?? [])
        {
            linkable.Remove(path);
        }

        return linkable;
    }

    /// <summary>
    /// Makes the staging folder hold every file of the site: a file it already has with the right bytes is kept;
    /// otherwise it is replaced by a hard link to the output's file when that has the right bytes, else by a hard link
    /// to its source for an asset that is never changed in place (an image in the cache), else by a new file.
    /// </summary>
    private static void Stage(Dictionary<string, Func<byte[]>> files, Dictionary<string, string> linkable, string? output, string staging,
        Action<string>? beforeEachFile)
    {
        var ordered = files.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var folder in ordered.Select(p => Path.GetDirectoryName(Path.Combine(staging, p))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        // The disk is kept busy from several threads; a failure in any of them fails the whole write.
        Parallel.ForEach(ordered, Writers, path =>
        {
            beforeEachFile?.Invoke(path);
            var bytes = files[path]();
            var target = Path.Combine(staging, path);
            var existing = new FileInfo(target);
            if (existing.Exists && SameBytes(existing, bytes))
            {
                return;
            }

            if (existing.Exists)
            {
                existing.Delete();
            }

            var current = output is null ? null : new FileInfo(Path.Combine(output, path));
            if (current is { Exists: true } && SameBytes(current, bytes) && NativeFiles.TryHardLink(current.FullName, target))
            {
                return;
            }

            // An image from the cache, whose bytes were just read from it: a second name instead of a copy.
            if (linkable.TryGetValue(path, out var source) && NativeFiles.TryHardLink(source, target))
            {
                return;
            }

            WriteNew(target, bytes);
        });
    }

    /// <summary>
    /// Creates a file that does not exist yet. Through a handle rather than File.WriteAllBytes, which locks,
    /// truncates and seeks: for ten thousand pages those system calls are a good part of the writing.
    /// </summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool SameBytes(FileInfo file, byte[] bytes) =>
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
