using System.Text;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// What a page's layout (index, event) wrote, kept as written (in the chunks of a <see cref="StringBuilder"/>, never
/// joined into one string) until <c>base.html</c> writes it where it says <c>{{ content }}</c>: the layout is
/// rendered first, so what it assigns (<c>page.title</c>) is what <c>base.html</c> shows, and its text is then
/// copied chunk by chunk into the page as the page is written.
/// </summary>
public sealed class LayoutOutput : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count) => _text.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the text, chunk by chunk, to <paramref name="write"/>.</summary>
    public void CopyTo(Action<string, int, int> write)
    {
        foreach (var memory in _text.GetChunks())
        {
            // Scriban's outputs take strings: one string per chunk (at most a few thousand characters), not the whole text.
            write(memory.Span.ToString(), 0, memory.Length);
        }
    }

    /// <summary>The whole text, for a template that uses <c>content</c> as a value rather than writing it.</summary>
    public string Text() => _text.ToString();

    /// <summary>Empty: Scriban asks for the text rendered so far after each template, which is not needed and would copy it.</summary>
    public override string ToString() => "";
}
