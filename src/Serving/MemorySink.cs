using System.Collections.Concurrent;
using System.Text;
using Generator.Rendering;

namespace Generator.Serving;

/// <summary>
/// The preview's sink: it keeps the pages in memory, to be served from there, and makes a streamed file (events.json,
/// feed.xml…) only when a browser first asks for it, so a rebuild reaches the reload sooner.
/// </summary>
public sealed class MemorySink : ISiteSink
{
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<string>> _data = new(StringComparer.Ordinal);

    /// <summary>The pages written, by path.</summary>
    public IReadOnlyDictionary<string, string> Pages => _pages;

    /// <summary>The streamed files, by path, each made (as UTF-8 text) when its value is first asked for.</summary>
    public IReadOnlyDictionary<string, Lazy<string>> Data => _data;

    public void Write(string path, string text) => _pages[path] = text;

    /// <summary>Kept as a page: it is rendered at once, like every page.</summary>
    public void WritePage(string path, Action<TextWriter> write)
    {
        using var text = new StringWriter { NewLine = "\n" };
        write(text);
        _pages[path] = text.ToString();
    }

    public void Write(string path, Action<Stream> write) => _data[path] = new Lazy<string>(() =>
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    });
}
