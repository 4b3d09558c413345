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
        var displayRoot = options.DisplayRoot ?? Environment.CurrentDirectory;
        string DisplayPath(string path) => Path.GetRelativePath(displayRoot, Path.GetFullPath(path)).Replace('\\', '/');
        var nothing = new GeneratedSite(null, new Dictionary<string, HtmlLinks>(), [], []);

        var input = timings.Time("reading", () => InputReader.Read(options.InputFolder, DisplayPath, diagnostics, cache));
        var theme = timings.Time("theme", () => LoadTheme(options.ThemeFolder, DisplayPath, diagnostics, cache));
        var finance = input.Finance is null ? null : FinanceCalculator.Compute(input.Finance, diagnostics);
        var site = WithBaseUrl(input.Site, options.BaseUrl, diagnostics);
        if (site is not null && options.Pdf)
        {
            site = site with { PdfFile = Text.Slug.From(site.Title) + ".pdf" };
        }

        if (site is null || finance is null || theme is null)
        {
            return nothing;
        }

        // The previous year is not (yet) read from the site: only the figures finance.yml states for it are compared.
        var comparison = FinanceComparison.Compare(finance, previousYear: null, site.Year, diagnostics);
        var report = ReportAssembler.Assemble(site, input.Events, input.Sections, finance, options.IncludeDrafts, diagnostics) with { Comparison = comparison };
        using var images = new ImageLibrary(options.InputFolder, displayRoot, new ImageCache(options.ImageCacheFolder), ImageSettings.Default);
        var rendered = SiteRenderer.Render(report, theme, sink, diagnostics, cache, timings, images);
        if (rendered is null)
        {
            return nothing with { Report = report };
        }

        if (rendered.Pages.TryGetValue("index.html", out var reportPage))
        {
            PageIdChecker.Check(report, reportPage, options.ThemeFolder, DisplayPath, diagnostics);
        }

        var assets = theme.AssetFiles
            .Select(f => new AssetFile(f, "assets/" + Path.GetRelativePath(theme.AssetsFolder, f).Replace('\\', '/')))
            .Concat(images.Files())
            .ToList();
        images.SaveMemo();
        return new GeneratedSite(report, rendered.Pages, rendered.OtherFiles, assets)
        {
            ImagesEncoded = images.Encoded,
            ImagesRead = images.Read,
            ImageCacheKeys = images.UsedKeys,
        };
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
