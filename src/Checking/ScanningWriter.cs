using System.Text;
using Generator.Rendering.Safety;

namespace Generator.Checking;

/// <summary>
/// Passes everything written on to another writer (a page's file, or a string) and reads its tags on the way
/// (<see cref="IncrementalHtmlTagReader"/>), for <see cref="HtmlLinkScanner"/>. Made by <see cref="HtmlLinkScanner.Writer"/>.
/// </summary>
public sealed class ScanningWriter : TextWriter
{
    private readonly TextWriter _page;
    private readonly IncrementalHtmlTagReader _tags;
    private readonly Func<HtmlLinks> _links;

    internal ScanningWriter(TextWriter page, IncrementalHtmlTagReader tags, Func<HtmlLinks> links)
    {
        _page = page;
        _tags = tags;
        _links = links;
        NewLine = page.NewLine;
    }

    public override Encoding Encoding => _page.Encoding;

    public override void Write(char value)
    {
        _page.Write(value);
        _tags.Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value)
    {
        _page.Write(value);
        _tags.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _page.Write(buffer);
        _tags.Write(buffer);
    }

    /// <summary>Ends the page: flushes it to the writer given and returns its links and ids.</summary>
    public HtmlLinks Complete()
    {
        _tags.Complete();
        _page.Flush();
        return _links();
    }

    public override void Flush() => _page.Flush();
}
