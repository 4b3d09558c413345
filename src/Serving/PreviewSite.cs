using Generator.Diagnostics;

namespace Generator.Serving;

/// <summary>One build as the preview serves it, from memory: the pages, the theme's assets, or the errors.</summary>
/// <param name="Version">Counts the builds, so a browser knows a newer one exists.</param>
/// <param name="Data">The data files, made when first asked for.</param>
public sealed record PreviewSite(
    int Version,
    IReadOnlyDictionary<string, string> Pages,
    IReadOnlyDictionary<string, byte[]> Assets,
    IReadOnlyList<Diagnostic> Errors,
    Lazy<IReadOnlyList<Rendering.RenderedFile>>? Data = null)
{
    public bool Failed => Errors.Count > 0;

    /// <summary>A page or data file by its path; null when the site has none. Only a data file's name makes the data files.</summary>
    public string? File(string path) =>
        Pages.TryGetValue(path, out var page) ? page
        : Data is not null && Rendering.DataFiles.Names.Contains(path) ? Data.Value.FirstOrDefault(f => f.Path == path)?.Content
        : null;
}
