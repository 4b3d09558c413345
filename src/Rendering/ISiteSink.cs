namespace Generator.Rendering;

/// <summary>
/// Where the files of a site go as they are made: the build's staging folder on disk (<see cref="Writing.SiteWriter"/>),
/// the preview's memory (<see cref="Serving.MemorySink"/>), or nowhere (<see cref="DiscardSink"/>, for a check). The
/// renderer hands each page over as soon as it is rendered and keeps none of them, so memory grows with the largest
/// page, not with the site. Paths are relative to the site's root, with '/'. Called from several threads at once,
/// never twice for one path in a build.
/// </summary>
public interface ISiteSink
{
    /// <summary>A page (or another file made as text), written as UTF-8 without a byte order mark.</summary>
    void Write(string path, string text);

    /// <summary>
    /// A page whose text lies in a buffer that is used again once this returns (<see cref="PageText"/>): written as
    /// <see cref="Write(string, string)"/> writes a string. By default through that method, as a string; the build's
    /// sink encodes it without one.
    /// </summary>
    void Write(string path, ReadOnlySpan<char> text) => Write(path, new string(text));

    /// <summary>
    /// A file made by a streaming writer (<see cref="System.Text.Json.Utf8JsonWriter"/>, a text writer), which
    /// <paramref name="write"/> writes to the stream it is given and does not close. A sink may run it later, or
    /// not at all when nobody asks for the file (the preview), so it may only use what does not change afterwards.
    /// </summary>
    void Write(string path, Action<Stream> write);

    /// <summary>
    /// A page written as it is rendered, for a page too large to hold whole (a year's report): <paramref name="write"/>
    /// writes the page's text to the writer it is given, which the sink encodes as UTF-8 without a byte order mark.
    /// Unlike <see cref="Write(string, Action{Stream})"/>, a sink runs it at once, before this returns, or (after a
    /// failure to write) not at all. By default through that method, for a sink that runs it at once (the build's).
    /// </summary>
    void WritePage(string path, Action<TextWriter> write) => Write(path, stream => DataFiles.Text(stream, write));
}

/// <summary>A sink that keeps nothing: for a build that only checks (<c>build --check</c>).</summary>
public sealed class DiscardSink : ISiteSink
{
    public void Write(string path, string text)
    {
    }

    public void Write(string path, ReadOnlySpan<char> text)
    {
    }

    public void Write(string path, Action<Stream> write)
    {
    }

    /// <summary>Renders the page all the same, for its findings, and keeps nothing.</summary>
    public void WritePage(string path, Action<TextWriter> write) => write(TextWriter.Null);
}
