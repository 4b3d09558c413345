namespace Generator.Rendering;

/// <summary>A file of the site, by its path relative to the output folder (with '/').</summary>
public sealed record RenderedFile(string Path, string Content);
