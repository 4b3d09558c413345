namespace Generator;

/// <summary>What one build reads and where it writes, as given on the command line.</summary>
public sealed record BuildOptions(string InputFolder, string ThemeFolder, string OutputFolder)
{
    public static BuildOptions Default { get; } = new("input", "theme", "output");
}
