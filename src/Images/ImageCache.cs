using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Images;

/// <summary>
/// Encoded images on disk between builds (<c>.cache/images/</c>, which git ignores), one folder per key: the hash
/// of the original's bytes and of the settings. Each folder holds <c>{width}x{height}.webp</c> and <c>.jpg</c> per
/// width, and appears whole or not at all (it is written beside and renamed into place).
/// </summary>
public sealed partial class ImageCache(string folder)
{
    /// <summary>The cache folder's full path.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The cached widths of an image, narrowest first, or null when it was never encoded with these settings.</summary>
    public IReadOnlyList<CachedWidth>? TryGet(string key)
    {
        var entry = Path.Combine(Folder, key);
        if (!Directory.Exists(entry))
        {
            return null;
        }

        var widths = new List<CachedWidth>();
        foreach (var webp in Directory.EnumerateFiles(entry, "*.webp"))
        {
            var size = Path.GetFileNameWithoutExtension(webp).Split('x');
            var jpeg = Path.ChangeExtension(webp, ".jpg");
            if (size.Length != 2 || !int.TryParse(size[0], CultureInfo.InvariantCulture, out var width)
                || !int.TryParse(size[1], CultureInfo.InvariantCulture, out var height) || !File.Exists(jpeg))
            {
                return null;
            }

            widths.Add(new CachedWidth(width, height, webp, jpeg));
        }

        return widths.Count == 0 ? null : [.. widths.OrderBy(w => w.Width)];
    }

    /// <summary>Writes an image's encoded widths under its key and returns where they are.</summary>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public IReadOnlyList<CachedWidth> Store(string key, IReadOnlyList<EncodedImage> images)
    {
        var entry = Path.Combine(Folder, key);
        var staging = Path.Combine(Folder, $".{key}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var image in images)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{image.Width}x{image.Height}");
                File.WriteAllBytes(Path.Combine(staging, name + ".webp"), image.WebP);
                File.WriteAllBytes(Path.Combine(staging, name + ".jpg"), image.Jpeg);
            }

            Directory.Move(staging, entry);
        }
        catch (IOException) when (Directory.Exists(entry))
        {
            // Another build stored the same image at the same moment: the same bytes, so either copy will do.
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return TryGet(key) ?? throw new IOException($"The image cache '{entry}' could not be read back.");
    }

    /// <summary>True for a cache key: 32 lowercase hexadecimal digits (the name of an entry's folder).</summary>
    public static bool IsKey(string name) => KeyPattern().IsMatch(name);

    /// <summary>
    /// Deletes the entries whose key is not in <paramref name="used"/>: only folders named as keys, so nothing else in
    /// the cache folder (the memo, a build's staging folder) is touched. An entry that cannot be deleted is left for
    /// the next time. Returns how many were removed.
    /// </summary>
    public int RemoveAllBut(IReadOnlySet<string> used)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var entry in Directory.EnumerateDirectories(Folder))
        {
            var name = Path.GetFileName(entry);
            if (!IsKey(name) || used.Contains(name) || new DirectoryInfo(entry).LinkTarget is not null)
            {
                continue;
            }

            try
            {
                Directory.Delete(entry, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use or protected: removed by a later build, or with the whole folder by hand.
            }
        }

        return removed;
    }

    [GeneratedRegex("^[0-9a-f]{32}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

/// <summary>One cached width: its size in pixels and its two files' full paths.</summary>
public sealed record CachedWidth(int Width, int Height, string WebPFile, string JpegFile);
