namespace Generator.Reading;

/// <summary>The report's settings from <c>site.yml</c>.</summary>
/// <param name="BaseUrl">The absolute address the site is published at, ending in '/'; null when unknown.</param>
public sealed record SiteSettings(
    string Title,
    string Organisation,
    int Year,
    string Language,
    string Description,
    string? BaseUrl = null);
