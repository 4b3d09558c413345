using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Writing.Pdf;

/// <summary>
/// Rewrites the links of the report page for the PDF, where a relative address would become the file:// address of
/// a temporary folder: a link to a part of the report ('#maart', 'index.html#maart') jumps inside the PDF; a link to
/// another page or file of the site becomes an absolute address under the site's base_url when it is known, and
/// plain text otherwise; links with a scheme (https:, mailto:) stay as they are.
/// </summary>
public static partial class PrintLinks
{
    /// <param name="html">The report page (index.html) as generated.</param>
    /// <param name="baseUrl">The site's absolute address ending in '/', or null when unknown.</param>
    public static string Rewrite(string html, string? baseUrl)
    {
        var result = new StringBuilder(html.Length);
        var position = 0;
        var unwrapped = false;
        foreach (Match tag in AnchorTag().Matches(html))
        {
            result.Append(html, position, tag.Index - position);
            position = tag.Index + tag.Length;
            if (tag.Groups["end"].Success)
            {
                // A link left as text loses its end tag with its start tag.
                if (!unwrapped)
                {
                    result.Append(tag.Value);
                }

                unwrapped = false;
                continue;
            }

            var href = Href().Match(tag.Value);
            if (!href.Success)
            {
                result.Append(tag.Value);
                unwrapped = false;
                continue;
            }

            var value = href.Groups["double"].Success ? href.Groups["double"].Value
                : href.Groups["single"].Success ? href.Groups["single"].Value
                : href.Groups["bare"].Value;
            var target = Target(WebUtility.HtmlDecode(value), baseUrl);
            unwrapped = target is null;
            if (target is not null)
            {
                var attribute = href.Groups["attribute"];
                result.Append(tag.Value, 0, attribute.Index)
                    .Append("href=\"").Append(WebUtility.HtmlEncode(target)).Append('"')
                    .Append(tag.Value, attribute.Index + attribute.Length, tag.Value.Length - attribute.Index - attribute.Length);
            }
        }

        return result.Append(html, position, html.Length - position).ToString();
    }

    /// <summary>Where a link of the report page leads in the PDF; null when it is to be left as text.</summary>
    public static string? Target(string href, string? baseUrl)
    {
        if (href.StartsWith('#') || Scheme().IsMatch(href) || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? href : href[..hash];
        if (hash >= 0 && path is "index.html" or "./index.html" or "" or "./")
        {
            return href[hash..];
        }

        return baseUrl is null ? null : new Uri(new Uri(baseUrl), href).AbsoluteUri;
    }

    /// <summary>An &lt;a&gt; start tag with its attributes (quoted values may hold '&gt;'), or an &lt;/a&gt; end tag.</summary>
    [GeneratedRegex("""(?<start><a(?=[\s/>])(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>=`]+))?)*\s*/?>)|(?<end></a\s*>)""", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorTag();

    [GeneratedRegex("""(?<=\s)(?<attribute>href\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'>=`]+)))""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
