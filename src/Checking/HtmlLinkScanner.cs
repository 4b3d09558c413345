using System.Net;

namespace Generator.Checking;

/// <summary>
/// Finds the <c>id</c>, <c>href</c> and <c>src</c> attributes of a page's start tags. A small tokenizer rather than a
/// full HTML parser, because it runs over every generated page of every build; it understands quoted and unquoted
/// values, comments and the raw text of script and style elements, which is all the theme's HTML uses.
/// </summary>
public static class HtmlLinkScanner
{
    public static HtmlLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new List<string>();
        var duplicates = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            i++;
            if (i >= html.Length || !char.IsAsciiLetter(html[i]))
            {
                continue;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/')
            {
                i++;
            }

            var tag = html[nameStart..i].ToLowerInvariant();
            i = ReadAttributes(html, i, ids, addresses, duplicates);
            if (tag is "script" or "style")
            {
                var close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return new HtmlLinks(ids, addresses, duplicates) { Unsafe = Rendering.Safety.HtmlSafety.Find(html) };
    }

    private static int ReadAttributes(string html, int i, HashSet<string> ids, List<string> addresses, List<string> duplicates)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                return i + 1;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
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
                var quote = html[i];
                var end = html.IndexOf(quote, i + 1);
                end = end < 0 ? html.Length : end;
                value = html[(i + 1)..end];
                i = Math.Min(html.Length, end + 1);
            }
            else
            {
                var start = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                value = html[start..i];
            }

            value = WebUtility.HtmlDecode(value);
            if (name == "id" && !ids.Add(value) && !duplicates.Contains(value, StringComparer.Ordinal))
            {
                duplicates.Add(value);
            }
            else if (name is "href" or "src")
            {
                addresses.Add(value);
            }
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
