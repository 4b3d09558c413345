namespace Generator.Reading;

/// <summary>Everything read from the input folder: the site's settings and each year, oldest first.</summary>
/// <param name="Site">The settings of site.yml (with year 0); null when they failed to read, which has been reported.</param>
/// <param name="DraftYears">The years in preparation left out (report.yml has <c>draft: true</c> and drafts were not asked for); their folders were not read further.</param>
public sealed record SiteInput(SiteSettings? Site, IReadOnlyList<YearInput> Years, IReadOnlyList<int>? DraftYears = null);

/// <summary>One year's folder as read, like <c>input/2022/</c>.</summary>
/// <param name="Year">The folder's name.</param>
/// <param name="Input">Its report.yml (merged with site.yml), finance.yml, events and chapters.</param>
public sealed record YearInput(int Year, ReportInput Input);
