using Generator.Diagnostics;

namespace Generator.Serving;

/// <summary>One build as the preview serves it, from memory: the pages, the theme's assets, or the errors.</summary>
/// <param name="Version">Counts the builds, so a browser knows a newer one exists.</param>
/// <param name="Data">The streamed files (data files, sitemap), each made when first asked for.</param>
public sealed record PreviewSite(
    int Version,
    IReadOnlyDictionary<string, string> Pages,
    IReadOnlyDictionary<string, byte[]> Assets,
    IReadOnlyList<Diagnostic> Errors,
    IReadOnlyDictionary<string, Lazy<string>> Data)
{
    /// <summary>Before the first build: nothing to serve.</summary>
    public static PreviewSite Empty { get; } = new(0, new Dictionary<string, string>(), new Dictionary<string, byte[]>(), [], new Dictionary<string, Lazy<string>>());

    public bool Failed => Errors.Count > 0;

    /// <summary>A page or data file by its path; null when the site has none. Only a data file's own path makes it.</summary>
    public string? File(string path) =>
        Pages.TryGetValue(path, out var page) ? page
        : Data.TryGetValue(path, out var data) ? data.Value
        : null;
}
