namespace Generator.Rendering.Safety;

/// <summary>A start tag as written.</summary>
/// <param name="Offset">The index of its '&lt;' in the HTML.</param>
/// <param name="End">The index just after its '&gt;' (the HTML's length when it has none).</param>
/// <param name="Name">The tag name in ASCII lower case (<c>&lt;A&gt;</c> is "a").</param>
/// <param name="Attributes">Every attribute in order, repeats included (a browser keeps only the first of a name).</param>
/// <param name="InMarkup">True when a browser reads it as a tag; false when it stands inside a comment, a CDATA
/// section, the raw text of <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> and the like, or another tag's attribute value.</param>
/// <param name="Closed">False when the HTML ends before its '&gt;' (a browser then drops it).</param>
/// <param name="SelfClosing">True for <c>/&gt;</c> at its end (not a '/' that belongs to an unquoted value, as in <c>&lt;a href=x/&gt;</c>).</param>
public sealed record HtmlTag(int Offset, int End, string Name, IReadOnlyList<AttributeValue> Attributes, bool InMarkup, bool Closed, bool SelfClosing)
{
    /// <summary>The raw value of the first attribute of this name (the one a browser keeps), or null.</summary>
    public string? this[string name]
    {
        get
        {
            // By index: a foreach over the interface would make an enumerator for every look.
            for (var i = 0; i < Attributes.Count; i++)
            {
                if (Attributes[i].Name == name)
                {
                    return Attributes[i].RawValue;
                }
            }

            return null;
        }
    }
}

/// <summary>An attribute as written: name in ASCII lower case, raw value (character references not yet decoded;
/// empty when it has none).</summary>
public readonly record struct AttributeValue(string Name, string RawValue);

/// <summary>
/// The one reader of start tags, for the safety check and the link check. It reads a tag the way the HTML Standard's
/// tokenizer does (tag name, before/after attribute name, quoted and unquoted values): <c>&lt;img/src=x/onerror=y&gt;</c>
/// has one attribute, src, with the value "x/onerror=y"; <c>&lt;a =href=x&gt;</c> has an attribute named "=href";
/// <c>&lt;a title="&gt;" href=x&gt;</c> has two. It knows what a browser reads as text rather than tags: comments
/// (also <c>&lt;!--&gt;</c> and one closed by <c>--!&gt;</c>), bogus comments (<c>&lt;!…&gt;</c>, <c>&lt;?…&gt;</c>,
/// <c>&lt;![CDATA[…&gt;</c> in HTML), CDATA sections inside <c>&lt;svg&gt;</c> and <c>&lt;math&gt;</c>, end tags
/// (with their quoted values), and the raw text of script, style, textarea, title, xmp, iframe, noembed,
/// noframes and noscript (up to the matching end tag) and plaintext (to the end). Not modelled: the script data
/// "double escaped" state (<c>&lt;script&gt;&lt;!--&lt;script&gt;</c>), where one <c>&lt;/script&gt;</c> does not end
/// the script; the tag after it is then read as markup though a browser reads it as script.
/// </summary>
public static class HtmlTagReader
{
    /// <summary>Elements whose content a browser reads as text up to their end tag.</summary>
    internal static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>
    /// Every '&lt;' followed by an ASCII letter, read as a start tag, in order: also those a browser reads as text
    /// (<see cref="HtmlTag.InMarkup"/> false), since a browser may yet see a tag there (an SVG &lt;style&gt;, a comment
    /// closed early); the safety check reads them all, the link check only those in markup. For HTML that arrives in
    /// pieces (a page as it is written), <see cref="IncrementalHtmlTagReader"/> gives the same tags.
    /// </summary>
    public static IReadOnlyList<HtmlTag> ReadAll(string html)
    {
        var tags = new List<HtmlTag>();
        var stream = new IncrementalHtmlTagReader(tags.Add);
        stream.ReadWhole(html);
        return tags;
    }

    /// <summary>
    /// Where the markup resumes after a '&lt;' that does not start a start tag: a comment, a bogus comment, a CDATA
    /// section or an end tag. A lone '&lt;' is text and ends nothing. -1 when that is past the end of
    /// <paramref name="html"/> and more may follow (<paramref name="final"/> false); the end when nothing follows.
    /// </summary>
    internal static int SkipText(ReadOnlySpan<char> html, int i, bool inForeign, ref int foreign, bool final)
    {
        var toEnd = final ? html.Length : -1;
        var rest = html[i..];
        if (rest.StartsWith("<!--"))
        {
            if (rest.StartsWith("<!-->"))
            {
                return i + 5;
            }

            if (rest.StartsWith("<!--->"))
            {
                return i + 6;
            }

            var close = rest[4..].IndexOf("-->");
            var bang = rest[4..].IndexOf("--!>");
            return close < 0 && bang < 0 ? toEnd
                : bang < 0 || (close >= 0 && close < bang) ? i + 4 + close + 3
                : i + 4 + bang + 4;
        }

        if (inForeign && rest.StartsWith("<![CDATA["))
        {
            var end = rest.IndexOf("]]>");
            return end < 0 ? toEnd : i + end + 3;
        }

        if (rest.StartsWith("</") && rest.Length > 2 && char.IsAsciiLetter(rest[2]))
        {
            var end = Read(html, i + 1, inMarkup: true, shift: 0);
            if (!end.Closed && !final)
            {
                return -1;
            }

            if (end.Name is "svg" or "math" && foreign > 0)
            {
                foreign--;
            }

            return end.End;
        }

        if (rest.StartsWith("<!") || rest.StartsWith("<?") || rest.StartsWith("</"))
        {
            // A bogus comment (also <!DOCTYPE …>, and </> which is nothing at all): up to the first '>'.
            var end = rest.IndexOf('>');
            return end < 0 ? toEnd : i + end + 1;
        }

        return i;
    }

    /// <summary>
    /// The index of the end tag that closes raw text opened by <paramref name="name"/>; when there is none in
    /// <paramref name="html"/>, its end, or -1 when more may follow (<paramref name="final"/> false).
    /// </summary>
    internal static int EndOfRawText(ReadOnlySpan<char> html, int from, string name, bool final)
    {
        while (from < html.Length)
        {
            var next = html[from..].IndexOf("</");
            if (next < 0)
            {
                break;
            }

            var at = from + next;
            var after = at + 2 + name.Length;
            if (after <= html.Length && html.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after >= html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                // At the very end, what follows could still make it another name (</scripts>).
                return after < html.Length || final ? at : -1;
            }

            if (after > html.Length && !final)
            {
                return -1;
            }

            from = at + 2;
        }

        return final ? html.Length : -1;
    }

    /// <summary>
    /// Reads the tag whose '&lt;' is at <paramref name="offset"/> (an end tag when <c>offset + 1</c> is '/'); its
    /// <see cref="HtmlTag.Offset"/> and <see cref="HtmlTag.End"/> are moved by <paramref name="shift"/>, the index of
    /// <paramref name="html"/>'s start in the whole HTML.
    /// </summary>
    /// <param name="attributes">A list to empty and fill with the tag's attributes, for a tag that is not kept; null for a new list.</param>
    internal static HtmlTag Read(ReadOnlySpan<char> html, int offset, bool inMarkup, int shift, List<AttributeValue>? attributes = null)
    {
        var nameStart = offset + 1;
        var i = nameStart;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var name = LowerAscii(html.Slice(nameStart, i - nameStart));
        attributes?.Clear();
        attributes ??= [];
        var slash = false; // the last character skipped between attributes was '/'
        while (i < html.Length)
        {
            slash = false;
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                slash = html[i] == '/';
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                break;
            }

            // Before attribute name: a leading '=' belongs to the name.
            var start = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var attribute = LowerAscii(html.Slice(start, i - start));
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                attributes.Add(new AttributeValue(attribute, ""));
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            string value;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var end = html[(i + 1)..].IndexOf(html[i]);
                end = end < 0 ? html.Length : i + 1 + end;
                value = html[(i + 1)..end].ToString();
                i = Math.Min(html.Length, end + 1);
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                value = html[valueStart..i].ToString();
            }

            attributes.Add(new AttributeValue(attribute, value));
        }

        var closed = i < html.Length;
        return new HtmlTag(shift + offset, shift + (closed ? i + 1 : html.Length), name, attributes, inMarkup, closed, closed && slash);
    }

    /// <summary>
    /// The tag and attribute names that pages are made of, each as one string kept for good: a name read is one of
    /// these rather than a new string for every tag of every page (a switch over the characters, cheaper than a set's
    /// hashing). Null for any other name, which is then read as a new string.
    /// </summary>
    private static string? Common(ReadOnlySpan<char> name) => name switch
    {
        "html" => "html",
        "head" => "head",
        "meta" => "meta",
        "title" => "title",
        "link" => "link",
        "body" => "body",
        "header" => "header",
        "main" => "main",
        "footer" => "footer",
        "nav" => "nav",
        "article" => "article",
        "section" => "section",
        "aside" => "aside",
        "div" => "div",
        "p" => "p",
        "span" => "span",
        "a" => "a",
        "ol" => "ol",
        "ul" => "ul",
        "li" => "li",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "h1" => "h1",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "time" => "time",
        "strong" => "strong",
        "em" => "em",
        "b" => "b",
        "i" => "i",
        "br" => "br",
        "hr" => "hr",
        "abbr" => "abbr",
        "small" => "small",
        "sup" => "sup",
        "sub" => "sub",
        "code" => "code",
        "pre" => "pre",
        "blockquote" => "blockquote",
        "details" => "details",
        "summary" => "summary",
        "img" => "img",
        "picture" => "picture",
        "source" => "source",
        "figure" => "figure",
        "figcaption" => "figcaption",
        "table" => "table",
        "caption" => "caption",
        "thead" => "thead",
        "tbody" => "tbody",
        "tfoot" => "tfoot",
        "tr" => "tr",
        "th" => "th",
        "td" => "td",
        "svg" => "svg",
        "g" => "g",
        "path" => "path",
        "rect" => "rect",
        "line" => "line",
        "circle" => "circle",
        "polyline" => "polyline",
        "text" => "text",
        "desc" => "desc",
        "id" => "id",
        "class" => "class",
        "href" => "href",
        "src" => "src",
        "rel" => "rel",
        "lang" => "lang",
        "charset" => "charset",
        "name" => "name",
        "content" => "content",
        "property" => "property",
        "http-equiv" => "http-equiv",
        "type" => "type",
        "alt" => "alt",
        "width" => "width",
        "height" => "height",
        "srcset" => "srcset",
        "sizes" => "sizes",
        "loading" => "loading",
        "decoding" => "decoding",
        "media" => "media",
        "role" => "role",
        "datetime" => "datetime",
        "tabindex" => "tabindex",
        "scope" => "scope",
        "colspan" => "colspan",
        "rowspan" => "rowspan",
        "aria-label" => "aria-label",
        "aria-labelledby" => "aria-labelledby",
        "aria-describedby" => "aria-describedby",
        "aria-hidden" => "aria-hidden",
        "aria-current" => "aria-current",
        "viewbox" => "viewbox",
        "x" => "x",
        "y" => "y",
        "x1" => "x1",
        "x2" => "x2",
        "y1" => "y1",
        "y2" => "y2",
        "d" => "d",
        "fill" => "fill",
        "focusable" => "focusable",
        "xmlns" => "xmlns",
        "hreflang" => "hreflang",
        _ => null,
    };

    /// <summary>HTML lower-cases tag and attribute names in ASCII only.</summary>
    private static string LowerAscii(ReadOnlySpan<char> name)
    {
        if (!name.ContainsAnyInRange('A', 'Z'))
        {
            return Common(name) ?? name.ToString();
        }

        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return string.Create(name.Length, name.ToString(), (span, text) =>
                {
                    for (var k = 0; k < text.Length; k++)
                    {
                        span[k] = char.IsAsciiLetterUpper(text[k]) ? (char)(text[k] | 0x20) : text[k];
                    }
                });
            }
        }

        return name.ToString();
    }

    /// <summary>ASCII whitespace as HTML knows it.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
