namespace Generator.Caching;

/// <summary>What a build with a cache actually did.</summary>
public sealed class BuildStatistics
{
    public int FilesRead { get; internal set; }

    public int TextsRendered { get; internal set; }

    public int PagesRendered { get; internal set; }
}
