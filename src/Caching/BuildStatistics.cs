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

    /// <summary>Counts a result of <paramref name="kind"/> made anew rather than reused.</summary>
    internal void Count(CacheKind kind)
    {
        switch (kind)
        {
            case CacheKind.File:
                Interlocked.Increment(ref _filesRead);
                break;
            case CacheKind.Text:
                Interlocked.Increment(ref _textsRendered);
                break;
            case CacheKind.Page:
                Interlocked.Increment(ref _pagesRendered);
                break;
        }
    }
}
