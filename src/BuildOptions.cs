namespace Generator;

/// <summary>What one build reads and where it writes, as given on the command line.</summary>
/// <param name="DisplayRoot">The folder that paths in messages are relative to; the working folder when null.</param>
public sealed record BuildOptions(string InputFolder, string ThemeFolder, string OutputFolder, string? DisplayRoot = null)
{
    public static BuildOptions Default { get; } = new("input", "theme", "output");
}
