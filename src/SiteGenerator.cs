using System.Diagnostics;
using Generator.Addressing;
using Generator.Caching;
using Generator.Checking;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Images;
using Generator.Reading;
using Generator.Rendering;

namespace Generator;

/// <summary>
/// The order of the stages up to the finished files, and nothing else: read, compute, render to the sink. What happens
/// to the files is the sink's (disk for the build, memory for the preview); checking the links and publishing are
/// left to the caller, which decides when.
/// </summary>
public static class SiteGenerator
{
    /// <param name="sink">Receives every page and data file as it is made.</param>
    /// <param name="cache">The preview's: what did not change since the last build is not read or rendered again.</param>
    /// <param name="timings">When given, records how long each stage took.</param>
    public static GeneratedSite Generate(BuildOptions options, DiagnosticBag diagnostics, ISiteSink sink, BuildCache? cache = null, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        cache?.StartBuild();
        var displayRoot = options.WorkingFolder;
        string DisplayPath(string path) => options.Show(path);
        // The theme is loaded on the other core while the input is listed and read (both report to the thread-safe bag).
        var themeLoad = Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            return (Theme: LoadTheme(options.ThemeFolder, DisplayPath, diagnostics, cache), clock.Elapsed);
        });
        // Read and computed in a method of its own, so that nothing here holds what was read: the texts go once rendered.
        var (site, reports, failed, draftYears) = ReadAndCompute(options, DisplayPath, diagnostics, cache, timings);
        var complete = failed.Count == 0;
        var nothing = new GeneratedSite([], new Dictionary<string, HtmlLinks>(), [], []) { DraftYears = draftYears };
        var (theme, themeTime) = themeLoad.GetAwaiter().GetResult();
        timings.Record("theme", themeTime);
        if (site is null || reports.Count == 0)
        {
            return nothing;
        }

        // Each year through the sink in turn, then the overview, the data files of every year and of the site, and one sitemap.
        // After an error the rest is still made, for its own errors, as far as what it needs is there: every text of
        // every year that computed, and, when the theme parsed, the pages (but a page whose content failed).
        using var images = new ImageLibrary(options.InputFolder, displayRoot, new ImageCache(options.ImageCacheFolder), ImageSettings.Default);
        var failedYears = complete ? null : failed;
        var years = new List<RenderedYear>(reports.Count);
        var pages = new Dictionary<string, HtmlLinks>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var neighbours = new YearLinks(i > 0 ? reports[i - 1] : null, i < reports.Count - 1 ? reports[i + 1] : null);
            var texts = SiteRenderer.RenderTexts(reports[i], diagnostics, cache, timings, images, reports, failedYears);

            // From here on the report without its bodies: they are not kept while the pages are made.
            reports[i] = texts.Report;
            if (theme is null)
            {
                continue; // its errors are reported; no page can be made without it
            }

            var year = SiteRenderer.RenderPages(texts, theme, sink, diagnostics, neighbours, cache, timings);
            years.Add(year);
            foreach (var (path, links) in year.Pages)
            {
                pages[path] = links;
            }

            if (year.Pages.TryGetValue(reports[i].Address.Page, out var reportPage))
            {
                PageIdChecker.Check(reports[i], reportPage, options.ThemeFolder, DisplayPath, diagnostics);
            }
        }

        // The overview shows every year: not made when one is missing (or the theme, and with it every page).
        if (theme is null || !complete || years.Count != reports.Count)
        {
            return nothing with { Reports = reports };
        }

        if (OverviewRenderer.Render(site, reports, theme, sink, diagnostics, cache, years[^1].Logo) is { } overview)
        {
            pages[PageAddress.Root.Page] = overview;
        }

        var others = new List<string>();
        if (site.OpenData)
        {
            timings.Time("data files", () => others.AddRange(DataFiles.Write(site, years, sink)));
        }

        if (Sitemap.Write(site, reports, sink))
        {
            others.Add(Sitemap.Name);
        }

        var assets = theme.AssetFiles
            .Select(f => new AssetFile(f, "assets/" + ShownPath.Slashed(Path.GetRelativePath(theme.AssetsFolder, f))))
            .Concat(images.Files())
            .ToList();
        images.SaveMemo();
        var statics = StaticFiles.List(options.InputFolder, DisplayPath, diagnostics);
        var printed = reports.Where(r => r.Site.PdfFile is not null).Select(r => r.Address.File(r.Site.PdfFile!));
        if (!StaticFiles.Collisions(statics, [.. pages.Keys, .. others, .. assets.Select(a => a.Path), .. printed, Writing.OutputMarker.FileName], DisplayPath, diagnostics))
        {
            return nothing with { Reports = reports };
        }

        assets.AddRange(statics);
        return new GeneratedSite(reports, pages, others, assets)
        {
            ContentLinks = [.. years.SelectMany(y => y.Links)],
            ThemeLinks = new ThemeLinkOrigins(theme.Sources),
            ImagesEncoded = images.Encoded,
            ImagesRead = images.Read,
            ImageCacheKeys = images.UsedKeys,
            DraftYears = draftYears,
            DraftNeighbours = DraftNeighbour.Of(reports),
        };
    }

    /// <summary>Reads the input and computes each year's report.</summary>
    /// <returns>The site's settings (null after an error in them), the reports of the years that computed, the years that did not (after an error), and the draft years left out.</returns>
    private static (SiteSettings? Site, List<AnnualReport> Reports, IReadOnlyList<int> Failed, IReadOnlyList<int> DraftYears) ReadAndCompute(BuildOptions options,
        Func<string, string> displayPath, DiagnosticBag diagnostics, BuildCache? cache, StageTimings timings)
    {
        var input = timings.Time("reading", () => InputReader.Read(options.InputFolder, displayPath, diagnostics, cache, options.IncludeDrafts, options.AddedFile));
        var site = WithBaseUrl(input.Site, options.BaseUrl, diagnostics);
        var reports = new List<AnnualReport>(input.Years.Count);
        var computed = new Dictionary<int, FinanceReport>();
        foreach (var year in input.Years)
        {
            var finance = year.Input.Finance is null ? null : FinanceCalculator.Compute(year.Input.Finance, diagnostics);
            if (finance is not null)
            {
                computed[year.Year] = finance;
            }

            if (year.Input.Site is { } yearSite && site is not null && finance is not null)
            {
                // The year before, when the site has it, for the comparison columns and the reconciliation (years are read oldest first).
                var comparison = FinanceComparison.Compare(finance, computed.GetValueOrDefault(year.Year - 1), year.Year, diagnostics);
                if (comparison is null && year.Input.Finance?.CaptionWarningUnlessCompared is { } captionWarning)
                {
                    diagnostics.Add(captionWarning);
                }

                yearSite = yearSite with { BaseUrl = site.BaseUrl, PdfFile = options.Pdf ? Text.Slug.From(yearSite.Title) + ".pdf" : null };
                var report = ReportAssembler.Assemble(yearSite, year.Input.Events, year.Input.Sections, finance, options.IncludeDrafts, diagnostics);
                // A draft whose front matter failed is left out like any draft (its body is checked only with --drafts).
                var failedDrafts = year.Input.FailedEvents.Where(f => f.Draft && !options.IncludeDrafts).ToList();
                reports.Add(report with
                {
                    Comparison = comparison,
                    PreviousYearIsLeftOutDraft = input.DraftYears?.Contains(year.Year - 1) == true,
                    LeftOutDrafts = [.. report.LeftOutDrafts, .. failedDrafts.Select(f => f.Path)],
                    FailedEvents = [.. year.Input.FailedEvents.Except(failedDrafts)],
                    FailedSections = year.Input.FailedSections,
                });
            }
        }

        var computedYears = reports.Select(r => r.Site.Year).ToHashSet();
        return (site, reports, [.. input.Years.Select(y => y.Year).Where(y => !computedYears.Contains(y))], input.DraftYears ?? []);
    }

    private static Theme? LoadTheme(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics, BuildCache? cache) =>
        (cache ?? BuildCache.None).Reuse(CacheKind.Theme, Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), () => "", diagnostics, found => ThemeLoader.Load(folder, displayPath, found));

    private static SiteSettings? WithBaseUrl(SiteSettings? site, string? option, DiagnosticBag diagnostics)
    {
        if (site is null || option is null)
        {
            return site;
        }

        var baseUrl = BaseUrl.Normalise(option, null, diagnostics);
        return baseUrl is null ? null : site with { BaseUrl = baseUrl };
    }
}
