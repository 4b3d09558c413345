namespace Generator.Rendering.Safety;

/// <summary>Something in HTML that must not reach a reader: where it starts in the HTML, and what it is in words.</summary>
/// <param name="Offset">The index of the tag's '&lt;' in the scanned HTML.</param>
/// <param name="What">Such as "an event handler (onerror)" or "a 'javascript:' address in href".</param>
/// <param name="Fix">What to do instead, in an editor's words.</param>
public sealed record HtmlSafetyProblem(int Offset, string What, string Fix);

/// <summary>
/// Finds in HTML every address attribute whose scheme <see cref="UrlPolicy"/> refuses, every event handler
/// (<c>on…</c>), every inline style (attribute or element) and every inline script. Every '&lt;' followed by a
/// letter is read as the start of a tag (<see cref="HtmlTagReader.ReadAll"/>), also inside comments, attribute values
/// and script or style text: a browser may see a tag there (an SVG &lt;style&gt;, a comment closed early), so this
/// never loses track of one.
/// </summary>
public static class HtmlSafety
{
    /// <summary>Attributes whose value is one address.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "action", "formaction", "poster", "cite", "background", "data", "codebase", "longdesc", "usemap",
        "manifest", "profile", "icon", "classid", "lowsrc", "dynsrc", "itemid", "base", "datasrc", "target-src",
    };

    /// <summary>Attributes whose value is a list of addresses: srcset (with descriptors) and space-separated lists.</summary>
    private static readonly HashSet<string> UrlListAttributes = new(StringComparer.Ordinal) { "srcset", "imagesrcset", "ping", "archive", "itemtype" };

    /// <summary>SVG animation elements, whose from/to/by/values can set an href.</summary>
    private static readonly HashSet<string> AnimationTags = new(StringComparer.Ordinal) { "animate", "set", "animatemotion", "animatetransform", "animatecolor" };

    /// <summary>Every problem in <paramref name="html"/>, in order.</summary>
    public static IReadOnlyList<HtmlSafetyProblem> Find(string html)
    {
        var problems = new List<HtmlSafetyProblem>();
        foreach (var tag in HtmlTagReader.ReadAll(html))
        {
            Check(tag, problems);
        }

        return problems;
    }

    /// <summary>Adds the problems of one tag (read by <see cref="HtmlTagReader"/>, in markup or not) to <paramref name="problems"/>.</summary>
    public static void Check(HtmlTag tag, List<HtmlSafetyProblem> problems)
    {
        if (tag.Name == "script")
        {
            Add(problems, tag, "a <script> element", "The report runs no scripts: remove it.");
        }
        else if (tag.Name == "style")
        {
            Add(problems, tag, "an inline <style> element", "Remove it and style the element with a class from theme/assets/style.css.");
        }

        var refresh = tag.Name == "meta" && IsRefresh(tag);

        // By index, as in every loop here: this runs for every tag of every page, and an enumerator of the list's interface is an object each time.
        for (var i = 0; i < tag.Attributes.Count; i++)
        {
            var attribute = tag.Attributes[i];
            var name = attribute.Name;
            if (name.StartsWith("on", StringComparison.Ordinal))
            {
                Add(problems, tag, $"an event handler ({name}=) on <{tag.Name}>", "Remove the attribute: the report runs no scripts.");
            }
            else if (name == "style")
            {
                Add(problems, tag, $"an inline style attribute on <{tag.Name}>", "Remove the style attribute (the page's security policy blocks it) and use a class from theme/assets/style.css.");
            }
            else if (name == "srcdoc")
            {
                Add(problems, tag, $"a srcdoc attribute on <{tag.Name}>", "Remove it: a page inside an attribute cannot be checked.");
            }
            else if (UrlAttributes.Contains(name) || name.EndsWith(":href", StringComparison.Ordinal)
                || (tag.Name == "param" && name == "value"))
            {
                var (value, unknown) = Decode(attribute.RawValue);
                CheckDecoded(tag, name, value, unknown, problems);
            }
            else if (refresh && name == "content")
            {
                foreach (var target in RefreshTargets(Decode(attribute.RawValue).Value))
                {
                    CheckDecoded(tag, name, target, -1, problems);
                }
            }
            else if (UrlListAttributes.Contains(name) || (AnimationTags.Contains(tag.Name) && name is "from" or "to" or "by" or "values"))
            {
                var (value, unknown) = Decode(attribute.RawValue);
                if (unknown >= 0)
                {
                    CheckDecoded(tag, name, value, unknown, problems);
                    continue;
                }

                foreach (var item in SplitList(name, value))
                {
                    CheckDecoded(tag, name, item, -1, problems);
                }
            }
        }
    }

    /// <summary>True for a &lt;meta&gt; whose http-equiv says "refresh".</summary>
    private static bool IsRefresh(HtmlTag meta)
    {
        for (var i = 0; i < meta.Attributes.Count; i++)
        {
            if (meta.Attributes[i].Name == "http-equiv" && Decode(meta.Attributes[i].RawValue).Value.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<HtmlSafetyProblem> problems, HtmlTag tag, string what, string fix) => problems.Add(new HtmlSafetyProblem(tag.Offset, what, fix));

    private static void CheckDecoded(HtmlTag tag, string attribute, string value, int unknown, List<HtmlSafetyProblem> problems)
    {
        if (UrlPolicy.UnsafeScheme(value, unknown) is { } scheme)
        {
            Add(problems, tag, $"the address '{Shorten(value)}' in {attribute}= on <{tag.Name}>, which a browser reads as '{Shorten(scheme)}'",
                $"Only {UrlPolicy.Allowed} addresses and links within the report are allowed; link to an https:// page instead.");
        }
    }

    private static (string Value, int FirstUnknown) Decode(string raw) => CharacterReferences.DecodeAttribute(raw);

    /// <summary>"5; url=javascript:…": every part after a ';' and after each "url=", as browsers old and new read it.</summary>
    private static IEnumerable<string> RefreshTargets(string content)
    {
        foreach (var part in content.Split(';').Skip(1))
        {
            var at = part.IndexOf('=', StringComparison.Ordinal);
            yield return at < 0 ? part : part[(at + 1)..].Trim().Trim('\'', '"');
        }
    }

    private static IEnumerable<string> SplitList(string name, string value) => name switch
    {
        "srcset" or "imagesrcset" => value.Split(',').Select(candidate => candidate.Trim().Split(' ', '\t', '\n', '\r', '\f')[0]),
        "from" or "to" or "by" or "values" => value.Split(';'),
        _ => value.Split([' ', '\t', '\n', '\r', '\f', ','], StringSplitOptions.RemoveEmptyEntries),
    };

    private static string Shorten(string text)
    {
        var visible = new string([.. text.Select(c => char.IsControl(c) ? '·' : c)]);
        return visible.Length <= 60 ? visible : visible[..60] + "…";
    }
}
