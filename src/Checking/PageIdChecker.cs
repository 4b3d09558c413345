using System.Text.RegularExpressions;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Checking;

/// <summary>
/// Months, events, chapters, the finance section and the theme's own ids share the report page's one namespace. The
/// rendered page shows every id as it really is, whatever the theme adds; each duplicate is traced back to the content
/// whose id it is (or starts with, like <c>juni-titel</c>) and reported there, naming the other source and the fix.
/// </summary>
public static partial class PageIdChecker
{
    /// <summary>Something that gives the report page ids: a month, an event or a chapter.</summary>
    private sealed record Claim(string Id, string Name, SourceLocation? Location, string Fix, bool IsEvent = false);

    /// <param name="reportPage">The report page's links and ids, as rendered.</param>
    /// <param name="themeFolder">To name the template that writes an id, when the other source is the theme.</param>
    public static void Check(AnnualReport report, HtmlLinks reportPage, string themeFolder, Func<string, string> displayPath,
        DiagnosticBag diagnostics)
    {
        var duplicates = reportPage.DuplicateIds;
        if (duplicates.Count == 0)
        {
            return;
        }

        // In the order a reader meets them, so the later one of two is the one to change.
        var claims = report.Months.Select(m => new Claim(PageIds.Month(m.Month), $"the month {PageIds.Month(m.Month)}", null, ""))
            .Concat(report.Events.Select(e => new Claim(PageIds.Event(e), $"the event {e.Source.Path}", e.Source.AddressLocation,
                $"Give the event another address with a line like 'slug: {PageIds.Event(e)}-{report.Site.Year}' in its front matter.", IsEvent: true)))
            .Concat(report.Sections.Select(s => new Claim(PageIds.Section(s), $"the chapter {s.Path}", s.TitleLocation ?? new SourceLocation(s.Path, 1, 1),
                "Give the chapter another title.")))
            .ToList();

        var reported = new HashSet<(Claim, string)>();
        foreach (var id in duplicates)
        {
            var owners = claims.Where(c => id == c.Id || id.StartsWith(c.Id + "-", StringComparison.Ordinal)).ToList();
            if (owners.Count == 0)
            {
                continue; // the theme's own duplicate: the output check reports it with the page
            }

            var later = owners[^1];
            if (owners.Count > 1 && later.IsEvent && owners[^2].IsEvent && later.Id == owners[^2].Id)
            {
                continue; // two events with one address: reported as such (RPT107) when the report was assembled
            }

            // One error for each pair of sources, not one for each id they share ("juni" and "juni-titel").
            if (later.Location is not null && reported.Add((later, owners.Count > 1 ? owners[^2].Name : "the theme")))
            {
                var other = owners.Count > 1 ? owners[^2].Name : TemplateWriting(id, themeFolder, displayPath);
                diagnostics.Error(DiagnosticCodes.IdDuplicate, later.Location,
                    $"This gives the report page the id '{id}', which {other} has too, so a link to #{id} would jump to the wrong place. {later.Fix}");
            }
        }
    }

    /// <summary>Names the theme template that writes <paramref name="id"/> literally, or says that the theme makes it.</summary>
    private static string TemplateWriting(string id, string themeFolder, Func<string, string> displayPath)
    {
        foreach (var file in Directory.EnumerateFiles(themeFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in IdAttribute().Matches(text))
            {
                if (match.Groups[1].Value == id)
                {
                    var line = 1 + text.AsSpan(0, match.Index).Count('\n');
                    var column = match.Index - text.LastIndexOf('\n', Math.Max(0, match.Index - 1));
                    return $"the theme's own element in {displayPath(file)}({line},{column})";
                }
            }
        }

        return "an element that the theme or the generator adds (like the finance chart)";
    }

    [GeneratedRegex("""\bid\s*=\s*["']([^"']*)["']""")]
    private static partial Regex IdAttribute();
}
