using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads a year's <c>report.yml</c>: its <c>title</c>, <c>description</c> and <c>draft</c>.</summary>
public static class ReportSettingsReader
{
    /// <param name="year">The year, from the folder's name: for the example in a message, and the only year the title may name (RPT309).</param>
    /// <returns>The year's title and description; null after an error.</returns>
    public static ReportSettings? Read(string yaml, string displayPath, int year, DiagnosticBag diagnostics)
    {
        var map = YamlDocumentReader.Read(yaml, displayPath, 1, diagnostics, YamlFile.Report);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("title", "description", "draft");
        var title = map.Text("title", DiagnosticCodes.SettingMissing, $"For example: title: Jaaroverzicht {year}");
        var description = map.Text("description", emptyIsNone: true) ?? "";
        YearInText.WarnAboutOtherYears(map, "title", year, previousMayCompare: false, "The report's title");
        var draft = map.Boolean("draft", DiagnosticCodes.DraftInvalid) ?? false;
        return title is null ? null : new ReportSettings(title, description, draft);
    }
}

/// <summary>A year's own settings from its <c>report.yml</c>; the rest comes from <c>site.yml</c>.</summary>
/// <param name="Description">"" when none is given.</param>
/// <param name="Draft">A year in preparation (<c>draft: true</c>, as <c>new year</c> writes it): left out of build and check unless --drafts.</param>
public sealed record ReportSettings(string Title, string Description, bool Draft = false)
{
    /// <summary>The settings a year's pages see: the site's, with this year's title, description, year and whether it is a draft.</summary>
    public SiteSettings For(SiteSettings site, int year) => site with { Title = Title, Description = Description, Year = year, Draft = Draft };
}
