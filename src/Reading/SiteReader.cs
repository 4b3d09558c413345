using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads <c>input/site.yml</c>: the settings of the whole site, shared by every year.</summary>
public static class SiteReader
{
    /// <returns>The site's settings with <see cref="SiteSettings.Year"/> 0 (the site has no year of its own); null after an error.</returns>
    public static SiteSettings? Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlDocumentReader.Read(yaml, displayPath, 1, diagnostics, YamlFile.Site);
        if (map is null)
        {
            return null;
        }

        if (map.Has("year"))
        {
            diagnostics.Error(DiagnosticCodes.SettingMoved, map.LocationOf("year"),
                "'year' is no longer set in site.yml: every year has its own folder, like input/2022/, and the folder's name is the year. Remove this line.");
        }

        map.WarnAboutUnknownKeys("title", "organisation", "year", "language", "description", "base_url", "allow_raw_html", "open_data", "logo");
        var title = map.Text("title", DiagnosticCodes.SettingMissing, "The title of the overview of all years, for example: title: Jaaroverzichten");
        var organisation = map.Text("organisation", DiagnosticCodes.SettingMissing, "For example: organisation: Immigratie- en Naturalisatiedienst");
        var language = map.Text("language") ?? SiteLanguage.Default;
        if (SiteLanguage.Problem(language) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.SettingInvalid, map.LocationOf("language"), problem);
        }

        var description = map.Text("description", emptyIsNone: true) ?? "";
        var baseUrlText = map.Text("base_url", invalidCode: DiagnosticCodes.BaseUrlInvalid, hint: $"Write {BaseUrl.Rule}.");
        var allowRawHtml = map.Boolean("allow_raw_html") ?? false;
        var openData = map.Boolean("open_data") ?? true;
        var logo = map.Text("logo");
        var baseUrl = baseUrlText is null ? null : BaseUrl.Normalise(baseUrlText, map.LocationOf("base_url"), diagnostics);

        return title is null || organisation is null || map.Has("year") || SiteLanguage.Problem(language) is not null
            ? null
            : new SiteSettings(title, organisation, 0, language, description, baseUrl, allowRawHtml, OpenData: openData,
                Logo: logo, LogoLocation: logo is null ? null : map.LocationOf("logo"));
    }
}
