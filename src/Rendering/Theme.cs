using Scriban;

namespace Generator.Rendering;

/// <summary>The parsed templates of a theme, each parsed once, and the folder of its static assets.</summary>
public sealed record Theme(
    IReadOnlyDictionary<string, Template> Layouts,
    IReadOnlyDictionary<string, Template> Partials,
    string AssetsFolder);
