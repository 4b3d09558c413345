using Generator.Diagnostics;

namespace Generator.Serving;

/// <summary>One build as the preview serves it, from memory: the pages, the theme's assets, or the errors.</summary>
/// <param name="Version">Counts the builds, so a browser knows a newer one exists.</param>
public sealed record PreviewSite(
    int Version,
    IReadOnlyDictionary<string, string> Pages,
    IReadOnlyDictionary<string, byte[]> Assets,
    IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Count > 0;
}
