using Generator.Computing;
using Generator.Rendering;

namespace Generator;

/// <summary>A site as generated in memory, before it is written: its rendered files and the folder of assets to copy.</summary>
public sealed record GeneratedSite(AnnualReport? Report, IReadOnlyList<RenderedFile> Files, string? AssetsFolder)
{
    /// <summary>The asset files' paths as they will be in the output (<c>assets/style.css</c>).</summary>
    public IReadOnlyList<string> AssetPaths() =>
        AssetsFolder is null || !Directory.Exists(AssetsFolder)
            ? []
            : [.. Directory.EnumerateFiles(AssetsFolder, "*", SearchOption.AllDirectories)
                .Select(f => "assets/" + Path.GetRelativePath(AssetsFolder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)];
}
