using Scriban;

namespace Generator.Rendering;

/// <summary>The parsed templates of a theme, each parsed once, and its static assets.</summary>
/// <param name="AssetFiles">The full paths of the files under <paramref name="AssetsFolder"/>, safe to copy.</param>
public sealed record Theme(
    IReadOnlyDictionary<string, Template> Layouts,
    IReadOnlyDictionary<string, Template> Partials,
    string AssetsFolder,
    IReadOnlyList<string> AssetFiles)
{
    /// <summary>The templates as written, to trace a link on a page back to the line of the theme that writes it.</summary>
    public IReadOnlyList<Checking.ThemeSource> Sources { get; init; } = [];
}
