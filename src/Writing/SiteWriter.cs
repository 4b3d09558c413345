using System.Text;
using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>
/// The only code that touches the output folder. Every file whose bytes change is first written to a staging
/// folder beside the output; only when all of them are there are they moved into place (a rename each) and the
/// files the site no longer has removed. Unchanged files are left alone, so a rebuild rewrites only what
/// changed. A build that fails at any point before the move, even half-way through writing (a full disk),
/// leaves the previous output exactly as it was and no staging folder behind.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as the generator's own, so a later build may replace it without --force.</summary>
    public const string MarkerFile = ".annual-report-output";

    private const string MarkerText =
        "This folder is written by the annual-report generator and replaced by each build. Do not edit it by hand.\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Measured on a 2-core machine: more writers than cores make the file system slower, not faster.
    private static readonly ParallelOptions Writers = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <param name="extraFiles">Files made outside rendering (the PDF), by output path.</param>
    /// <param name="beforeEachFile">Called with each path before it is compared and written; tests use it to fail half-way.</param>
    public static bool Write(GeneratedSite site, string outputFolder, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, byte[]>? extraFiles = null, Action<string>? beforeEachFile = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        var files = Collect(site, extraFiles);
        var fresh = !Directory.Exists(output);

        List<string> staged;
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            staged = Stage(files, fresh ? null : output, staging, beforeEachFile);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{outputFolder}': {FirstMessage(e)} The previous output is unchanged.");
            TryDelete(staging);
            return false;
        }

        try
        {
            if (fresh)
            {
                Directory.Move(staging, output);
                return true;
            }

            MoveIntoPlace(staged, staging, output);
            RemoveWhatTheSiteNoLongerHas(output, files);
            TryDelete(staging);
            return true;
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be moved into '{outputFolder}': {FirstMessage(e)} Build again to complete it.");
            TryDelete(staging);
            return false;
        }
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

        files[MarkerFile] = () => Utf8.GetBytes(MarkerText);
        return files;
    }

    /// <summary>Writes the files whose bytes differ from the output's into the staging folder; returns their paths.</summary>
    private static List<string> Stage(Dictionary<string, Func<byte[]>> files, string? output, string staging, Action<string>? beforeEachFile)
    {
        var changed = new List<string>();
        var gate = new Lock();
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
            if (output is not null && SameBytes(Path.Combine(output, path), bytes))
            {
                return;
            }

            WriteNew(Path.Combine(staging, path), bytes);
            lock (gate)
            {
                changed.Add(path);
            }
        });

        changed.Sort(StringComparer.Ordinal);
        return changed;
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

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void MoveIntoPlace(List<string> staged, string staging, string output)
    {
        foreach (var path in staged)
        {
            var target = Path.Combine(output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, path), target, overwrite: true);
        }
    }

    /// <summary>Deletes the output's files that are not part of the new site, then the folders left empty.</summary>
    private static void RemoveWhatTheSiteNoLongerHas(string output, Dictionary<string, Func<byte[]>> files)
    {
        var stale = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => !files.ContainsKey(Path.GetRelativePath(output, f).Replace('\\', '/')))
            .ToList();
        Parallel.ForEach(stale, Writers, File.Delete);

        // Only folders that lost a file can have become empty; the deepest go first, so their parents can follow.
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in stale)
        {
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length; folder = Path.GetDirectoryName(folder))
            {
                folders.Add(folder);
            }
        }

        foreach (var folder in folders.Reverse())
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
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
            // Leftovers are harmless and named so that they are recognisable.
        }
    }
}
