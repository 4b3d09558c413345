using Generator.Rendering.Safety;

namespace Generator.Checking;

/// <summary>
/// Finds the <c>id</c>, <c>href</c> and <c>src</c> attributes of a page's start tags, and what on it must not reach a
/// reader, in one pass of <see cref="HtmlTagReader"/> (the same reader the safety check uses) rather than a full HTML
/// parser, because it runs over every generated page of every build. Links and ids count only in tags a browser
/// reads as tags (not in comments or the text of script and style), the first of each attribute name as a browser
/// keeps it, with character references decoded as a browser decodes them in an attribute.
/// </summary>
public static class HtmlLinkScanner
{
    public static HtmlLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new List<string>();
        var duplicates = new List<string>();
        var problems = new List<HtmlSafetyProblem>();
        foreach (var tag in HtmlTagReader.ReadAll(html))
        {
            HtmlSafety.Check(tag, problems);
            if (!tag.InMarkup || !tag.Closed)
            {
                continue;
            }

            if (tag["id"] is { } id)
            {
                var value = Decode(id);
                if (!ids.Add(value) && !duplicates.Contains(value, StringComparer.Ordinal))
                {
                    duplicates.Add(value);
                }
            }

            if (tag["href"] is { } href)
            {
                addresses.Add(Decode(href));
            }

            if (tag["src"] is { } src)
            {
                addresses.Add(Decode(src));
            }
        }

        return new HtmlLinks(ids, addresses, duplicates) { Unsafe = problems };
    }

    private static string Decode(string raw) => CharacterReferences.DecodeAttribute(raw).Value;
}
