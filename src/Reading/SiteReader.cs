using Generator.Diagnostics;

namespace Generator.Reading;

public static class SiteReader
{
    public static SiteSettings? Read(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlDocumentReader.Read(yaml, displayPath, 1, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("title", "organisation", "year", "language", "description", "base_url", "allow_raw_html", "open_data", "logo");
        var title = map.Text("title", DiagnosticCodes.SettingMissing, "For example: title: Jaaroverzicht 2022");
        var organisation = map.Text("organisation", DiagnosticCodes.SettingMissing, "For example: organisation: Immigratie- en Naturalisatiedienst");
        var year = map.WholeNumber("year", DiagnosticCodes.SettingInvalid);
        var language = map.Text("language") ?? "nl";
        var description = map.Text("description") ?? "";
        var baseUrlText = map.Text("base_url");
        var allowRawHtml = map.Boolean("allow_raw_html") ?? false;
        var openData = map.Boolean("open_data") ?? true;
        var logo = map.Text("logo");
        var baseUrl = baseUrlText is null ? null : BaseUrl.Normalise(baseUrlText, map.LocationOf("base_url"), diagnostics);

        if (year is < 1900 or > 2999)
        {
            diagnostics.Error(DiagnosticCodes.SettingInvalid, map.LocationOf("year"), $"'year' must be a year like 2022, not {year}.");
            year = null;
        }

        return title is null || organisation is null || year is null
            ? null
            : new SiteSettings(title, organisation, year.Value, language, description, baseUrl, allowRawHtml, OpenData: openData,
                Logo: logo, LogoLocation: logo is null ? null : map.LocationOf("logo"));
    }
}
