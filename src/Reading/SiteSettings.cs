using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The report's settings from <c>site.yml</c>.</summary>
/// <param name="BaseUrl">The absolute address the site is published at, ending in '/'; null when unknown.</param>
/// <param name="OpenData">Whether the build writes events.json, finance.json, finance.csv and feed.xml.</param>
/// <param name="PdfFile">The name of the PDF that this build prints beside the pages (build --pdf); null when none.</param>
/// <param name="Logo">The logo's path relative to site.yml (so inside input/), or null.</param>
/// <param name="LogoLocation">Where <c>logo</c> is written in site.yml; null when there is no logo.</param>
/// <param name="Draft">A year's settings only: the year is in preparation (<c>draft: true</c> in its report.yml), built
/// by <c>serve</c> and <c>build --drafts</c> and marked "concept" on its pages and in the overview.</param>
/// <param name="Title">The site's title in site.yml; a year's title (report.yml) in a year's settings.</param>
/// <param name="AllowRawHtml">HTML written in Markdown is passed through (for a trusted team); otherwise it shows as text.</param>
public sealed record SiteSettings(
    string Title,
    string Organisation,
    int Year,
    string Language,
    string Description,
    string? BaseUrl = null,
    bool AllowRawHtml = false,
    string? PdfFile = null,
    bool OpenData = true,
    string? Logo = null,
    SourceLocation? LogoLocation = null,
    bool Draft = false)
{
    /// <summary>The title of the whole site (site.yml's <c>title</c>), also on a year's settings, whose <see cref="Title"/>
    /// is the year's: the name of what spans every year, such as the feed of all years' events.</summary>
    public string SiteTitle { get; init; } = Title;
}
