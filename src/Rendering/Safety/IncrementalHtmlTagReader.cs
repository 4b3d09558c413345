namespace Generator.Rendering.Safety;

/// <summary>
/// <see cref="HtmlTagReader"/> for HTML that arrives in pieces, such as a page while it is written: each piece is
/// read as far as it can be read for certain, and only the rest (from an unfinished tag, comment or raw text on) is
/// kept for the next piece. The tags, in order, their offsets in the whole HTML included, are exactly those that
/// <see cref="HtmlTagReader.ReadAll"/> gives for the pieces joined. Memory grows with the longest unfinished part,
/// not with the HTML. Not thread-safe: one page, one stream.
/// </summary>
/// <param name="onTag">Called with each start tag as soon as it is read for certain.</param>
/// <param name="tagsKept">
/// False when <paramref name="onTag"/> keeps no tag after it returns (a scan that keeps only what it finds): every tag
/// then lists its attributes in one list, emptied for the next tag, instead of a new list for each tag.
/// </param>
public sealed class IncrementalHtmlTagReader(Action<HtmlTag> onTag, bool tagsKept = true)
{
    /// <summary>The attributes of the tag being read, when tags are not kept; null when they are.</summary>
    private readonly List<AttributeValue>? _attributes = tagsKept ? null : [];

    /// <summary>
    /// How many characters after a '&lt;' are looked at before deciding what it starts ("&lt;![CDATA[" is the longest);
    /// a '&lt;' closer than this to the end of what has arrived waits for the next piece.
    /// </summary>
    private const int Lookahead = 16;

    /// <summary>What has arrived and is not read yet; made with the first piece (a whole text read at once needs none).</summary>
    private char[] _pending = [];
    private int _length;

    /// <summary>The index in the whole HTML of <see cref="_pending"/>'s first character.</summary>
    private int _shift;

    /// <summary>A '&lt;' before this index (in <see cref="_pending"/>) is text to a browser.</summary>
    private int _markupFrom;

    /// <summary>After &lt;plaintext&gt;: everything to the end is text.</summary>
    private bool _plaintext;

    /// <summary>Depth of &lt;svg&gt; and &lt;math&gt;, where CDATA sections exist and &lt;style&gt; is an element like any other.</summary>
    private int _foreign;

    /// <summary>Where to look for the next '&lt;' (in <see cref="_pending"/>).</summary>
    private int _next;

    /// <summary>Reads the next piece of the HTML, as far as it can be read for certain.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(Math.Max(_pending.Length * 2, 4_096), _length + text.Length));
        }

        text.CopyTo(_pending.AsSpan(_length));
        _length += text.Length;
        var done = Read(_pending.AsSpan(0, _length), final: false);

        // Keep only what is not read yet.
        _pending.AsSpan(done, _length - done).CopyTo(_pending);
        _length -= done;
        _shift += done;
        _markupFrom = Math.Max(0, _markupFrom - done);
        _next = 0;
    }

    /// <summary>Reads the rest: nothing more follows.</summary>
    public void Complete()
    {
        Read(_pending.AsSpan(0, _length), final: true);
        _length = 0;
    }

    /// <summary>Reads a whole HTML text, without copying it.</summary>
    internal void ReadWhole(ReadOnlySpan<char> html) => Read(html, final: true);

    /// <summary>
    /// Reads every '&lt;' from <see cref="_next"/> on that can be read for certain (all of them when
    /// <paramref name="final"/>); returns the index of the first one left for the next piece.
    /// </summary>
    private int Read(ReadOnlySpan<char> html, bool final)
    {
        var i = _next;
        while (true)
        {
            var found = html[i..].IndexOf('<');
            if (found < 0)
            {
                i = html.Length;
                break;
            }

            i += found;
            if (!final && html.Length - i < Lookahead)
            {
                break;
            }

            var inMarkup = !_plaintext && i >= _markupFrom;
            var next = i + 1 < html.Length ? html[i + 1] : '\0';
            if (char.IsAsciiLetter(next))
            {
                if (!final && html[i..].IndexOf('>') < 0)
                {
                    break; // not closed yet: read it once it is
                }

                var tag = HtmlTagReader.Read(html, i, inMarkup, _shift, _attributes);
                if (!tag.Closed && !final)
                {
                    break;
                }

                if (inMarkup)
                {
                    var end = tag.End - _shift;
                    var markupFrom = _foreign > 0 || tag.Name == "plaintext" ? end
                        : HtmlTagReader.RawTextElements.Contains(tag.Name) ? HtmlTagReader.EndOfRawText(html, end, tag.Name, final)
                        : end;
                    if (markupFrom < 0)
                    {
                        break;
                    }

                    _markupFrom = markupFrom;
                    _plaintext |= _foreign == 0 && tag.Name == "plaintext";
                    if (tag.Name is "svg" or "math" && !tag.SelfClosing)
                    {
                        _foreign++;
                    }
                }

                onTag(tag);
            }
            else if (inMarkup)
            {
                var foreign = _foreign;
                var resume = HtmlTagReader.SkipText(html, i, foreign > 0, ref foreign, final);
                if (resume < 0)
                {
                    break;
                }

                _foreign = foreign;
                _markupFrom = resume;
            }

            i++;
        }

        _next = i;
        return i;
    }
}
