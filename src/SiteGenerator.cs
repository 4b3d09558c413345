using Generator.Caching;
using Generator.Checking;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Images;
using Generator.Reading;
using Generator.Rendering;

namespace Generator;

/// <summary>
/// The order of the stages up to the finished pages, and nothing else: read, compute, render, check.
/// Writing is left to the caller: the build writes to disk, the preview serves from memory.
/// </summary>
public static class SiteGenerator
{
    /// <param name="cache">The preview's: what did not change since the last build is not read or rendered again.</param>
    /// <param name="timings">When given, records how long each stage took.</param>
    public static GeneratedSite Generate(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        cache?.StartBuild();
        var displayRoot = options.DisplayRoot ?? Environment.CurrentDirectory;
        string DisplayPath(string path) => Path.GetRelativePath(displayRoot, Path.GetFullPath(path)).Replace('\\', '/');

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
            return new GeneratedSite(null, [], []);
        }

        var report = ReportAssembler.Assemble(site, input.Events, input.Sections, finance, options.IncludeDrafts, diagnostics);
        Lazy<IReadOnlyList<RenderedFile>>? deferred = null;
        using var images = new ImageLibrary(options.InputFolder, displayRoot, new ImageCache(options.ImageCacheFolder), ImageSettings.Default);
        var files = SiteRenderer.Render(report, theme, diagnostics, cache, timings, options.Preview ? d => deferred = d : null, images);
        PageIdChecker.Check(report, files, options.ThemeFolder, DisplayPath, diagnostics);
        var assets = theme.AssetFiles
            .Select(f => new AssetFile(f, "assets/" + Path.GetRelativePath(theme.AssetsFolder, f).Replace('\\', '/')))
            .Concat(images.Files())
            .ToList();
        images.SaveMemo();
        var generated = new GeneratedSite(report, files, assets, deferred)
        {
            ImagesEncoded = images.Encoded,
            ImagesRead = images.Read,
            ImageCacheKeys = images.UsedKeys,
        };
        if (!diagnostics.HasErrors && !options.Preview)
        {
            timings.Time("checking links", () => CheckLinks(generated, diagnostics, cache));
        }

        return generated;
    }

    /// <summary>The link check of a generated site, for the preview, which runs it after the reload has gone out.</summary>
    public static void CheckLinks(GeneratedSite site, DiagnosticBag diagnostics, BuildCache? cache)
    {
        string[] printed = site.Report?.Site.PdfFile is { } pdf ? [pdf] : [];
        string[] deferred = site.DeferredFiles is null ? [] : [.. DataFiles.Names];
        string[] others = [.. site.Assets.Select(a => a.Path), .. printed, .. deferred];

        // A broken link written in Markdown is reported at its source; the pages would only repeat it without one.
        var content = new DiagnosticBag();
        if (site.Report is { } report)
        {
            ContentLinkChecker.Check(report, site.Files, others, content);
            diagnostics.AddRange(content.ToSortedList());
        }

        if (!content.HasErrors)
        {
            OutputLinkChecker.Check(site.Files, others, diagnostics, cache is null ? null : cache.LinksOf);
        }
    }

    private static Theme? LoadTheme(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics, BuildCache? cache)
    {
        if (cache is null)
        {
            return ThemeLoader.Load(folder, displayPath, diagnostics);
        }

        if (cache.NeedsTheme)
        {
            var local = new DiagnosticBag();
            var theme = ThemeLoader.Load(folder, displayPath, local);
            cache.StoreTheme(theme, local.ToSortedList(), folder);
        }

        diagnostics.AddRange(cache.ThemeDiagnostics);
        return cache.Theme;
    }

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
