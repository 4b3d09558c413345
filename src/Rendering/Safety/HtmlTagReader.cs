namespace Generator.Rendering.Safety;

/// <summary>A start tag: its lower-case name and its attributes in order, values as written (not yet decoded).</summary>
public sealed record HtmlTag(string Name, IReadOnlyList<AttributeValue> Attributes);

/// <summary>An attribute as written: lower-case name, raw value (empty when it has none).</summary>
public sealed record AttributeValue(string Name, string RawValue);

/// <summary>
/// Reads one start tag the way the HTML Standard's tokenizer does (tag name, before/after attribute name, quoted
/// and unquoted values): <c>&lt;img/src=x/onerror=y&gt;</c> has one attribute, src, with the value "x/onerror=y";
/// <c>&lt;a =href=x&gt;</c> has an attribute named "=href".
/// </summary>
public static class HtmlTagReader
{
    /// <param name="html">The HTML.</param>
    /// <param name="nameStart">The index of the tag name's first letter (just after '&lt;').</param>
    public static HtmlTag Read(string html, int nameStart)
    {
        var i = nameStart;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        var attributes = new List<AttributeValue>();
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
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

            var attribute = html[start..i].ToLowerInvariant();
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
                var end = html.IndexOf(html[i], i + 1);
                end = end < 0 ? html.Length : end;
                value = html[(i + 1)..end];
                i = Math.Min(html.Length, end + 1);
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                value = html[valueStart..i];
            }

            attributes.Add(new AttributeValue(attribute, value));
        }

        return new HtmlTag(name, attributes);
    }

    /// <summary>ASCII whitespace as HTML knows it.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
