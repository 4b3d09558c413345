using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Tests.Support;

/// <summary>
/// A browser's view of generated HTML, made with AngleSharp (an HTML5 parser and WHATWG URL parser) independently of
/// the generator's own check: what in it could run script or load something unwanted.
/// </summary>
public static class OutputSafety
{
    private static readonly AngleSharp.Dom.Url Base = new("https://example.org/jaarverslag/");

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "xlink:href", "src", "action", "formaction", "poster", "cite", "background", "data", "lowsrc", "dynsrc",
        "codebase", "longdesc", "usemap", "manifest", "icon", "profile", "classid", "ping",
    };

    /// <summary>Each problem in words ("a href='javascript:…' on a"), or none.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (tag is "script" or "style")
            {
                problems.Add($"a <{tag}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"an event handler {name} on {tag}");
                }
                else if (name == "style")
                {
                    problems.Add($"a style attribute on {tag}");
                }
                else if (name == "srcdoc")
                {
                    problems.Add($"srcdoc on {tag}");
                }
                else if (UrlAttributes.Contains(name) || name.EndsWith(":href", StringComparison.Ordinal))
                {
                    AddIfUnsafe(problems, tag, name, attribute.Value);
                }
                else if (name is "srcset" or "imagesrcset")
                {
                    foreach (var candidate in attribute.Value.Split(','))
                    {
                        AddIfUnsafe(problems, tag, name, candidate.Trim().Split(' ')[0]);
                    }
                }
                else if (tag is "animate" or "set" && name is "values" or "to" or "from"
                    && element.GetAttribute("attributeName")?.EndsWith("href", StringComparison.OrdinalIgnoreCase) == true)
                {
                    foreach (var value in attribute.Value.Split(';'))
                    {
                        AddIfUnsafe(problems, tag, name, value);
                    }
                }
                else if (tag == "meta" && name == "content"
                    && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                {
                    var at = attribute.Value.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
                    AddIfUnsafe(problems, tag, name, at < 0 ? "" : attribute.Value[(at + 4)..]);
                }
            }
        }

        return problems;
    }

    /// <summary>True when a browser would follow or load this address with another scheme than http(s), mailto or tel.</summary>
    public static bool IsUnsafeAddress(string value)
    {
        var url = new AngleSharp.Dom.Url(Base, value);
        return !url.IsInvalid && url.Scheme is not ("http" or "https" or "mailto" or "tel");
    }

    /// <summary>Every problem in every file of a built site: pages, and the HTML inside events.json and feed.xml.</summary>
    public static IReadOnlyList<string> InSite(string outputFolder)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(outputFolder, file);
            var text = File.ReadAllText(file);
            IEnumerable<string> found = Path.GetExtension(file) switch
            {
                ".html" => Problems(text),
                ".json" => JsonHtml(text).SelectMany(Problems),
                ".xml" => FeedHtml(text, problems, name).SelectMany(Problems),
                _ => [],
            };
            problems.AddRange(found.Select(p => $"{name}: {p}"));
        }

        return problems;
    }

    private static void AddIfUnsafe(List<string> problems, string tag, string attribute, string value)
    {
        if (IsUnsafeAddress(value))
        {
            problems.Add($"{attribute}='{value}' on {tag}");
        }
    }

    private static IEnumerable<string> JsonHtml(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("events", out var events)
            ? [.. events.EnumerateArray().Select(e => e.GetProperty("html").GetString()!)]
            : [];
    }

    /// <summary>The HTML of each entry; the feed's own link addresses are checked on the way.</summary>
    private static IEnumerable<string> FeedHtml(string xml, List<string> problems, string name)
    {
        // XML 1.0 forbids C0 control characters, which content may hold (input rules for them are another issue's): read
        // as spaces, which a URL parser treats alike (stripped around an address, never part of a scheme).
        var feed = XDocument.Parse(System.Text.RegularExpressions.Regex.Replace(xml, "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " "));
        foreach (var link in feed.Descendants().Where(e => e.Name.LocalName == "link"))
        {
            if (IsUnsafeAddress((string?)link.Attribute("href") ?? ""))
            {
                problems.Add($"{name}: link {link}");
            }
        }

        return [.. feed.Descendants().Where(e => e.Name.LocalName == "content").Select(e => e.Value)];
    }
}
