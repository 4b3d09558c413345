using Generator.Rendering.Safety;

namespace Generator.Checking;

/// <summary>
/// Finds the <c>id</c>, <c>href</c> and <c>src</c> attributes of a page's start tags, and what on it must not reach a
/// reader, in one pass of <see cref="HtmlTagReader"/> (the same reader the safety check uses) rather than a full HTML
/// parser, because it runs over every generated page of every build. Links and ids count only in tags a browser
/// reads as tags (not in comments or the text of script and style), the first of each attribute name as a browser
/// keeps it, with character references decoded as a browser decodes them in an attribute. A page that is written in
/// pieces is scanned as it is written (<see cref="Writer"/>), so it is never held whole.
/// </summary>
public sealed class HtmlLinkScanner
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _addresses = [];
    private readonly List<string> _duplicates = [];
    private readonly List<HtmlSafetyProblem> _problems = [];
    private readonly AddressPool? _pool;

    private HtmlLinkScanner(AddressPool? pool = null) => _pool = pool;

    /// <summary>The links and ids of a whole page.</summary>
    /// <param name="pool">Keeps one copy of what many pages have in common; null for none.</param>
    public static HtmlLinks Scan(string html, AddressPool? pool = null) => Scan(html.AsSpan(), pool);

    /// <summary>The links and ids of a whole page, read where it lies (a page's buffer, see <see cref="Rendering.PageText"/>).</summary>
    /// <param name="pool">Keeps one copy of what many pages have in common; null for none.</param>
    public static HtmlLinks Scan(ReadOnlySpan<char> html, AddressPool? pool = null)
    {
        var scanner = new HtmlLinkScanner(pool);
        new IncrementalHtmlTagReader(scanner.Add, tagsKept: false).ReadWhole(html);
        return scanner.Links();
    }

    /// <summary>
    /// A writer that passes a page on to <paramref name="page"/> as it is written and scans it on the way;
    /// <see cref="ScanningWriter.Complete"/> gives its links and ids once the page is written.
    /// </summary>
    public static ScanningWriter Writer(TextWriter page)
    {
        var scanner = new HtmlLinkScanner();
        return new ScanningWriter(page, new IncrementalHtmlTagReader(scanner.Add, tagsKept: false), scanner.Links);
    }

    private void Add(HtmlTag tag)
    {
        HtmlSafety.Check(tag, _problems);
        if (!tag.InMarkup || !tag.Closed)
        {
            return;
        }

        if (tag["id"] is { } id)
        {
            var value = Decode(id);
            if (!_ids.Add(value) && !_duplicates.Contains(value, StringComparer.Ordinal))
            {
                _duplicates.Add(value);
            }
        }

        if (tag["href"] is { } href)
        {
            _addresses.Add(Decode(href));
        }

        if (tag["src"] is { } src)
        {
            _addresses.Add(Decode(src));
        }
    }

    /// <remarks>Empty lists are not kept, nor the unused room of the others: these are kept for every page until the link check.</remarks>
    private HtmlLinks Links()
    {
        _addresses.TrimExcess();
        _ids.TrimExcess();
        return new HtmlLinks(_ids, _addresses, _duplicates.Count == 0 ? [] : _duplicates) { Unsafe = _problems.Count == 0 ? [] : _problems };
    }

    private string Decode(string raw)
    {
        var value = CharacterReferences.DecodeAttribute(raw).Value;
        return _pool is null ? value : _pool.Keep(value);
    }
}
