using Generator.Computing;
using Generator.Rendering;

namespace Generator;

/// <summary>A site as generated in memory, before it is written: its rendered files, and the theme's files and published images to copy.</summary>
/// <param name="DeferredFiles">For the preview only: files made when first asked for (the data files).</param>
public sealed record GeneratedSite(AnnualReport? Report, IReadOnlyList<RenderedFile> Files, IReadOnlyList<AssetFile> Assets,
    Lazy<IReadOnlyList<RenderedFile>>? DeferredFiles = null)
{
    /// <summary>How many images were encoded rather than taken from the image cache (0 when none changed).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>How many image originals were read and hashed (0 when none changed since the last build).</summary>
    public int ImagesRead { get; init; }

    /// <summary>The image cache's keys this site uses; a successful build removes the other entries.</summary>
    public IReadOnlySet<string> ImageCacheKeys { get; init; } = new HashSet<string>();
}

/// <summary>A file copied as it is: from <paramref name="Source"/> (a full path) to <paramref name="Path"/> in the output (with '/').</summary>
/// <param name="NeverChanged">
/// True when <paramref name="Source"/> is only ever created whole and removed, never changed in place (an image cache
/// file): the writer may then publish it as a hard link to the source instead of a copy.
/// </param>
public sealed record AssetFile(string Source, string Path, bool NeverChanged = false);
