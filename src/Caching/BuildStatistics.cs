namespace Generator.Caching;

/// <summary>What a build with a cache actually did. Counted from several threads.</summary>
public sealed class BuildStatistics
{
    private int _filesRead;
    private int _textsRendered;
    private int _pagesRendered;

    public int FilesRead => _filesRead;

    public int TextsRendered => _textsRendered;

    public int PagesRendered => _pagesRendered;

    internal void CountFileRead() => Interlocked.Increment(ref _filesRead);

    internal void CountTextRendered() => Interlocked.Increment(ref _textsRendered);

    internal void CountPageRendered() => Interlocked.Increment(ref _pagesRendered);
}
