using System.Buffers;
using System.Text;

namespace Generator.Rendering;

/// <summary>
/// A page's text as it is rendered, in one buffer of characters lent from the shared pool, so that a page is read
/// (<see cref="Text"/>) as one piece without becoming a string: scanned for its links and encoded as UTF-8 by the
/// sink. One per thread (<see cref="PageRenderer"/> keeps it between pages), emptied before each page. Not
/// thread-safe.
/// </summary>
public sealed class PageText : TextWriter
{
    /// <summary>The largest buffer (in characters) kept for the next page: an event page has a few thousand.</summary>
    private const int MaxKept = 1 << 20;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(16_384);
    private int _length;

    public PageText() => NewLine = "\n";

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>The text written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    /// <summary>Empties the text; a buffer that grew for one long page goes back to the pool.</summary>
    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > MaxKept)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = ArrayPool<char>.Shared.Rent(16_384);
        }
    }

    public override void Write(char value)
    {
        Room(1)[0] = value;
        _length++;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        buffer.CopyTo(Room(buffer.Length));
        _length += buffer.Length;
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    /// <summary>The free part of the buffer, at least <paramref name="count"/> characters, growing it when needed.</summary>
    private Span<char> Room(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsSpan(_length);
    }
}
