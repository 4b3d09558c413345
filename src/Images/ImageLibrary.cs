using System.Collections.Concurrent;
using System.Security.Cryptography;
using Generator.Diagnostics;
using NetVips;

namespace Generator.Images;

/// <summary>
/// The images of one build. Each file is checked and encoded once however often it is used (or taken from the
/// cache), and every use of a bad one is reported at its own line. Thread-safe: texts are rendered in parallel.
/// </summary>
/// <param name="inputFolder">The input folder: images must lie inside it.</param>
/// <param name="displayRoot">The absolute folder the command runs in, that shown paths are shown against (<see cref="BuildOptions.WorkingFolder"/>, <see cref="ShownPath"/>).</param>
public sealed class ImageLibrary(string inputFolder, string displayRoot, ImageCache cache, ImageSettings settings) : IDisposable
{
    private readonly string _input = Path.GetFullPath(inputFolder);
    private readonly ConcurrentDictionary<string, Lazy<(PublishedImage? Image, ImageProblem? Problem, IReadOnlyList<AssetFile> Files)>> _images =
        new(StringComparer.Ordinal);

    // One image at a time per core: libvips uses every core for each image already, and every image held at once
    // costs its file's bytes and its decoded pixels (tens of MB for a camera photo).
    private readonly SemaphoreSlim _workers = new(Environment.ProcessorCount);

    private readonly OriginalsMemo _memo = OriginalsMemo.Load(cache.Folder, settings.DescribeWithLimits());
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    private int _encoded;
    private int _read;

    /// <summary>How many images this build encoded (the rest came from the cache): 0 for a rebuild of unchanged images.</summary>
    public int Encoded => _encoded;

    /// <summary>
    /// How many originals this build read and hashed: 0 for a rebuild of unchanged images, whose keys are
    /// remembered by path, size and dates (see <see cref="OriginalsMemo"/>).
    /// </summary>
    public int Read => _read;

    /// <summary>The cache keys this build used (found or stored): what a successful build keeps of the cache.</summary>
    public IReadOnlySet<string> UsedKeys => _used.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Writes what this build learned about the originals into the cache folder, for the next build.</summary>
    public void SaveMemo() => _memo.Save();

    /// <summary>The path as messages show it (<see cref="ShownPath"/>).</summary>
    public string Shown(string file) => ShownPath.Show(displayRoot, file);

    /// <summary>
    /// Publishes the image that <paramref name="reference"/> names, written at <paramref name="at"/> (whose path is
    /// relative to the display root). Null, with an error at <paramref name="at"/>, when it cannot be published.
    /// </summary>
    public PublishedImage? Use(string reference, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (file, problem) = ImagePath.Resolve(reference, Path.GetFullPath(at.Path, displayRoot), _input, displayRoot);
        if (file is not null)
        {
            (var image, problem, _) = _images.GetOrAdd(file, f => new(() => Publish(f))).Value;
            if (image is not null)
            {
                return image;
            }
        }

        diagnostics.Error(problem!.Code, at, problem.Message);
        return null;
    }

    public void Dispose() => _workers.Dispose();

    /// <summary>Every published file, to copy into the site from the cache, in a stable order.</summary>
    public IReadOnlyList<AssetFile> Files() =>
        [.. _images.Values.SelectMany(v => v.Value.Files).DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal)];

    private (PublishedImage?, ImageProblem?, IReadOnlyList<AssetFile>) Publish(string file)
    {
        _workers.Wait();
        try
        {
            return PublishNow(file);
        }
        finally
        {
            _workers.Release();
        }
    }

    private (PublishedImage?, ImageProblem?, IReadOnlyList<AssetFile>) PublishNow(string file)
    {
        var shown = Shown(file);
        // Taken before reading: a file changed while it is read gets another stamp, so it is hashed again next time.
        var stamp = FileStamp.Of(file);
        if (stamp is { } unchanged && _memo.TryGet(file, unchanged) is { } known && cache.TryGet(known) is { } hit)
        {
            // Accepted and encoded before with these settings; the original is not read again.
            return Published(file, unchanged, known, hit);
        }

        Interlocked.Increment(ref _read);
        var (header, problem) = ImageValidator.Validate(file, shown, settings);
        if (header is null)
        {
            return (null, problem, []);
        }

        var key = KeyOf(header.Bytes, settings);
        IReadOnlyList<CachedWidth>? cached;
        try
        {
            cached = cache.TryGet(key);
            if (cached is null)
            {
                var encoded = ImageProcessor.Encode(header, settings);
                Interlocked.Increment(ref _encoded);
                cached = cache.Store(key, encoded);
            }
        }
        catch (VipsException e)
        {
            return (null, ImageValidator.DamagedProblem(shown, e), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ImageProblem(DiagnosticCodes.OutputWriteFailed,
                $"The processed image '{shown}' could not be stored in the cache folder '{Shown(cache.Folder)}': {e.Message}"), []);
        }

        return Published(file, stamp, key, cached);
    }

    private (PublishedImage, ImageProblem?, IReadOnlyList<AssetFile>) Published(string file, FileStamp? stamp, string key, IReadOnlyList<CachedWidth> cached)
    {
        _used[key] = true;
        if (stamp is { } known)
        {
            _memo.Remember(file, known, key);
        }

        // Published under the original's name (for people who save a photo) and the key (so a changed photo gets a new address).
        var stem = "images/" + NameOf(file) + "-" + key[..12] + "-";
        var widths = new List<PublishedWidth>();
        var files = new List<AssetFile>();
        foreach (var c in cached)
        {
            var width = new PublishedWidth(c.Width, c.Height, $"{stem}{c.Width}.webp", $"{stem}{c.Width}.jpg");
            widths.Add(width);
            files.Add(new AssetFile(c.WebPFile, width.WebP, NeverChanged: true));
            files.Add(new AssetFile(c.JpegFile, width.Jpeg, NeverChanged: true));
        }

        return (new PublishedImage(widths), null, files);
    }

    /// <summary>The cache key: a hash of the original's bytes and of everything in the settings that changes the output.</summary>
    private static string KeyOf(byte[] bytes, ImageSettings settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes("\0" + settings.Describe()));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static string NameOf(string file)
    {
        var slug = Text.Slug.From(Path.GetFileNameWithoutExtension(file));
        return slug.Length == 0 ? "afbeelding" : slug;
    }
}
