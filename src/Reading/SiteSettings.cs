namespace Generator.Reading;

/// <summary>The report's settings from <c>site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Organisation,
    int Year,
    string Language,
    string Description);
