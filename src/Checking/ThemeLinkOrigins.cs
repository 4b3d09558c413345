using System.Net;
using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Checking;

/// <summary>
/// Where in the theme a link on a generated page is written, for an error about a link the theme wrote (RPT507): every
/// <c>href</c>, <c>src</c> and <c>srcset</c> in the theme's templates, with its place. An address is traced to the
/// attribute whose text, with each <c>{{ … }}</c> standing for any text, makes it; of several, the one with the most
/// text written out (<c>{{ report }}#{{ event.id }}-weg</c> before <c>{{ report }}#{{ event.month_id }}</c>), and among
/// those the one in the page's own layout, then base.html, then the partials.
/// </summary>
public sealed partial class ThemeLinkOrigins
{
    private readonly List<Origin> _origins = [];

    /// <param name="sources">The theme's templates: the name of each (without .html), its path as an editor clicks it, whether it is
    /// a layout, and its text.</param>
    public ThemeLinkOrigins(IEnumerable<ThemeSource> sources)
    {
        foreach (var source in sources)
        {
            foreach (Match match in Attribute().Matches(source.Text))
            {
                var value = match.Groups["value"];
                var parts = Expression().Split(value.Value);
                var written = parts.Sum(p => p.Length);
                if (written == 0)
                {
                    continue; // only an expression: it could make any address
                }

                var pattern = "^" + string.Join(".*", parts.Select(p => Regex.Escape(WebUtility.HtmlDecode(p)))) + "$";
                var (line, column) = LineAndColumn(source.Text, value.Index);
                _origins.Add(new Origin(source, new Regex(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant), written,
                    new SourceLocation(source.Path, line, column)));
            }
        }
    }

    /// <summary>No theme known: every address is traced to nothing.</summary>
    public static ThemeLinkOrigins None { get; } = new([]);

    /// <summary>The place in the theme that writes <paramref name="address"/> on a page made by <paramref name="layout"/>
    /// (like "event"); null when no attribute of the theme makes it.</summary>
    public SourceLocation? Find(string address, string layout) =>
        _origins
            .Where(o => o.Pattern.IsMatch(address))
            .OrderByDescending(o => o.Written)
            .ThenBy(o => o.Source.IsLayout && o.Source.Name == layout ? 0 : o.Source.IsLayout && o.Source.Name == "base" ? 1 : o.Source.IsLayout ? 3 : 2)
            .Select(o => o.Location)
            .FirstOrDefault();

    /// <summary>The path of <paramref name="layout"/> as an editor clicks it (theme/layouts/event.html); null when the theme has none.</summary>
    public string? LayoutPath(string layout) =>
        _origins.Select(o => o.Source).FirstOrDefault(s => s.IsLayout && s.Name == layout)?.Path;

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var start = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - start + 1);
    }

    // href="…", src='…', srcset="…": a value may hold {{ … }} with quotes of its own.
    [GeneratedRegex("""\b(?:href|src|srcset|action|poster)\s*=\s*(?<q>["'])(?<value>(?:\{\{.*?\}\}|(?!\k<q>)[^{]|\{(?!\{))*)\k<q>""",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();

    private sealed record Origin(ThemeSource Source, Regex Pattern, int Written, SourceLocation Location);
}

/// <summary>One template of the theme as written.</summary>
/// <param name="Name">Its file name without .html, like "event".</param>
/// <param name="Path">Its path as an editor clicks it, like theme/layouts/event.html.</param>
/// <param name="IsLayout">A layout (theme/layouts/), not a partial.</param>
public sealed record ThemeSource(string Name, string Path, bool IsLayout, string Text);
