using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Generator.Images;

/// <summary>
/// Remembers between builds, in the image cache folder (<c>originals.memo</c>), the cache key (the content hash) of
/// each original by its full path, size and dates, so that an unchanged original is not read and hashed again. File
/// dates only decide whether to hash again, never what is published: the key is always a hash of the bytes.
/// A changed size, modification time or creation time (a file replaced by another) means read and hash again; a
/// change of the bytes that keeps all three is not seen (the same limit as make's and git's). The file ends with a
/// hash of its own contents: a damaged, truncated or foreign memo is ignored as a whole, and written anew.
/// Thread-safe.
/// </summary>
public sealed class OriginalsMemo
{
    /// <summary>The memo's file name inside the cache folder.</summary>
    public const string FileName = "originals.memo";

    private const string Magic = "annual-report image memo 1";
    private const string SumPrefix = "sha256 ";

    // A file modified this close to the moment the memo is written could be modified again within the file system's
    // clock resolution without its time changing ("racily clean" in git's words): it is hashed again next time.
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _file;
    private readonly string _signature;
    private readonly Dictionary<string, (FileStamp Stamp, string Key)> _previous;
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, string Key)> _current = new(StringComparer.Ordinal);

    private OriginalsMemo(string file, string signature, Dictionary<string, (FileStamp, string)> previous)
    {
        _file = file;
        _signature = signature;
        _previous = previous;
    }

    /// <summary>
    /// Reads the memo in <paramref name="cacheFolder"/>; an empty one when it is missing, unreadable, damaged, or
    /// written for other settings (<paramref name="signature"/>: everything that decides a key or whether an image is accepted).
    /// </summary>
    public static OriginalsMemo Load(string cacheFolder, string signature)
    {
        var file = Path.Combine(cacheFolder, FileName);
        string? text = null;
        try
        {
            text = File.Exists(file) ? File.ReadAllText(file, Utf8) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: every original is hashed, as on a first build.
        }

        return new OriginalsMemo(file, signature, (text is null ? null : Parse(text, signature)) ?? new(StringComparer.Ordinal));
    }

    /// <summary>The key remembered for <paramref name="file"/> when its size and dates are still <paramref name="stamp"/>; else null.</summary>
    public string? TryGet(string file, FileStamp stamp) =>
        _previous.TryGetValue(file, out var known) && known.Stamp == stamp ? known.Key : null;

    /// <summary>Remembers the key of <paramref name="file"/>, as its size and dates were before it was read.</summary>
    public void Remember(string file, FileStamp stamp, string key)
    {
        if (!file.Contains('\n', StringComparison.Ordinal) && !file.Contains('\r', StringComparison.Ordinal))
        {
            _current[file] = (stamp, key);
        }
    }

    /// <summary>
    /// Writes what this build remembered (only the originals it used), replacing the file in one rename; nothing when
    /// there is nothing to remember and no memo yet. A failure to write is not an error: the next build hashes the
    /// originals again.
    /// </summary>
    public void Save()
    {
        if (_current.IsEmpty && !File.Exists(_file))
        {
            // A report without images gets no cache folder.
            return;
        }

        var recent = DateTime.UtcNow.Ticks - RacyWindow.Ticks;
        var body = new StringBuilder();
        body.Append(Magic).Append('\n').Append(_signature).Append('\n');
        foreach (var (file, (stamp, key)) in _current.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (stamp.ModifiedTicks < recent)
            {
                body.Append(CultureInfo.InvariantCulture, $"{key}\t{stamp.Length}\t{stamp.ModifiedTicks}\t{stamp.CreatedTicks}\t{file}\n");
            }
        }

        var text = body.ToString();
        text += SumPrefix + Sum(text) + "\n";
        var temporary = $"{_file}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            File.WriteAllText(temporary, text, Utf8);
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The entries, or null when anything about the text is not exactly as <see cref="Save"/> writes it.</summary>
    private static Dictionary<string, (FileStamp, string)>? Parse(string text, string signature)
    {
        var sumAt = text.LastIndexOf(SumPrefix, StringComparison.Ordinal);
        if (sumAt < 0 || (sumAt > 0 && text[sumAt - 1] != '\n') || text[(sumAt + SumPrefix.Length)..] != Sum(text[..sumAt]) + "\n")
        {
            return null;
        }

        var lines = text[..sumAt].Split('\n');
        if (lines.Length < 3 || lines[0] != Magic || lines[1] != signature || lines[^1].Length != 0)
        {
            return null;
        }

        var entries = new Dictionary<string, (FileStamp, string)>(StringComparer.Ordinal);
        foreach (var line in lines[2..^1])
        {
            var fields = line.Split('\t', 5);
            if (fields.Length != 5 || !ImageCache.IsKey(fields[0])
                || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
                || !long.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var created)
                || !Path.IsPathFullyQualified(fields[4]))
            {
                return null;
            }

            entries[fields[4]] = (new FileStamp(length, modified, created), fields[0]);
        }

        return entries;
    }

    private static string Sum(string text) => Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(text)));

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the cache folder can be deleted at any time.
        }
    }
}

/// <summary>What tells whether an original may have changed since it was hashed: its size and dates (in .NET ticks, UTC).</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks, long CreatedTicks)
{
    /// <summary>The file's stamp, or null when it does not exist or cannot be examined.</summary>
    public static FileStamp? Of(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks, info.CreationTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
