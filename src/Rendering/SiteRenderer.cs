using Generator.Caching;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Images;

namespace Generator.Rendering;

/// <summary>Renders the Markdown of every event and chapter, then every page through the theme.</summary>
public static class SiteRenderer
{
    /// <param name="cache">In the preview: texts and pages whose inputs did not change are taken from the last build.</param>
    /// <param name="deferredData">
    /// Null for a build, which renders the data files with the pages. For the preview, the data files (events.json,
    /// feed.xml…), made only when a browser asks for one, so that a rebuild reaches the reload sooner.
    /// </param>
    /// <param name="images">Publishes the images of the texts, the lead photos and the logo; null for none.</param>
    public static IReadOnlyList<RenderedFile> Render(AnnualReport report, Theme theme, DiagnosticBag diagnostics, BuildCache? cache = null,
        StageTimings? timings = null, Action<Lazy<IReadOnlyList<RenderedFile>>>? deferredData = null, ImageLibrary? images = null)
    {
        timings ??= new StageTimings();
        var functions = TemplateFunctions.Create(report.Finance.Statement.Unit);
        var links = new ContentLinks(report);
        var content = new ContentRenderer(() => ViewModel.ContentGlobals(report, functions), links, report.Site.AllowRawHtml,
            images is null ? null : new MarkdownImages(images));

        // Everything a text's rendering depends on besides the text itself.
        var context = cache is null ? "" : Fingerprint.Of(report.Site.ToString(), FinanceDescription(report.Finance), links.Describe());
        var empty = new RenderedContent(new HtmlString(""), new HtmlString(""));
        // A text with images is rendered again on every preview build: its images' files may have changed.
        RenderedContent RenderText(string path, string body, int firstLine, int headingsBelow) =>
            RenderCached(content, images is not null && body.Contains("![", StringComparison.Ordinal) ? null : cache, context, path, body, firstLine, headingsBelow, diagnostics) ?? empty;

        var eventContent = timings.Time("markdown", () =>
        {
            var rendered = new RenderedContent[report.Events.Count];
            Parallel.For(0, rendered.Length, i =>
            {
                var source = report.Events[i].Source;
                rendered[i] = RenderText(source.Path, source.Body, source.BodyFirstLine, HeadingLevels.Event);
            });
            return rendered.ToList();
        });
        var sectionHtml = report.Sections.Select(s => RenderText(s.Path, s.Body, s.BodyFirstLine, HeadingLevels.Chapter).AtRoot).ToList();
        var photos = timings.Time("images", () => SitePhotos.Publish(report, images, diagnostics));
        if (diagnostics.HasErrors)
        {
            return [];
        }

        var files = timings.Time("templates", () => RenderPages(report, theme, diagnostics, cache, functions, eventContent, sectionHtml, context, photos));
        if (report.Site.OpenData && deferredData is not null)
        {
            deferredData(new Lazy<IReadOnlyList<RenderedFile>>(() => DataFiles.Create(report, eventContent)));
        }
        else if (report.Site.OpenData)
        {
            timings.Time("data files", () => files.AddRange(DataFiles.Create(report, eventContent)));
        }
        if (Sitemap.Create(report) is { } sitemap)
        {
            files.Add(sitemap);
        }

        return files;
    }

    private static List<RenderedFile> RenderPages(AnnualReport report, Theme theme, DiagnosticBag diagnostics, BuildCache? cache,
        Scriban.Runtime.ScriptObject functions, List<RenderedContent> eventContent, List<HtmlString> sectionHtml, string context, SitePhotos photos)
    {
        var model = ViewModel.Report(report, eventContent, sectionHtml, photos.Leads);
        var pages = new PageRenderer(theme, functions, model.Globals);
        var files = new List<RenderedFile>(report.Events.Count + 2);

        // Every page shows the navigation: the months, titles and addresses of all events, and the chapters; and the logo.
        var navigation = cache is null ? "" : Fingerprint.Of([context, photos.Describe(), .. report.Events.Select(Describe), .. report.Sections.Select(s => s.Title)]);
        var indexFingerprint = cache is null ? "" : Fingerprint.Of([navigation, .. eventContent.Select(c => c.AtRoot.Value), .. sectionHtml.Select(h => h.Value)]);
        var index = RenderPage(pages, cache, "index.html", indexFingerprint, "index",
            () => ViewModel.Page(report.Site, report.Site.Title, "index", "", logo: photos.Logo, previewPhoto: photos.SharedFor(null)), diagnostics);
        if (index is not null)
        {
            files.Add(new RenderedFile("index.html", index));
        }

        // Event pages on every core, each with its own template context; the file order stays the timeline's.
        var eventPages = new RenderedFile?[report.Events.Count];
        Parallel.For(0, eventPages.Length, (i, loop) =>
        {
            var e = report.Events[i];
            var fingerprint = cache is null ? "" : Fingerprint.Of(
                navigation, Describe(e), eventContent[i].OnEventPage.Value,
                i > 0 ? Describe(report.Events[i - 1]) : null,
                i < report.Events.Count - 1 ? Describe(report.Events[i + 1]) : null);
            var html = RenderPage(pages, cache, e.Address + "index.html", fingerprint, "event",
                () => ViewModel.Page(report.Site, e.Source.Title, "event", e.Address, ViewModel.EventOnItsPage(model.Events[i], eventContent[i], e, photos.Leads[i]),
                    photos.Logo, photos.SharedFor(i)),
                diagnostics);
            if (html is null)
            {
                // The same template fails the same way for every event: one report of it is enough.
                loop.Stop();
                return;
            }

            eventPages[i] = new RenderedFile(e.Address + "index.html", html);
        });

        files.AddRange(eventPages.OfType<RenderedFile>());
        return files;
    }

    private static RenderedContent? RenderCached(ContentRenderer content, BuildCache? cache, string context,
        string path, string body, int firstLine, int headingsBelow, DiagnosticBag diagnostics)
    {
        if (cache is null)
        {
            return content.Render(path, body, firstLine, diagnostics, headingsBelow);
        }

        var key = Fingerprint.Of(context, path, body, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture),
            headingsBelow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (cache.TryGetContent(key, out var cached))
        {
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Content;
        }

        var local = new DiagnosticBag();
        var rendered = content.Render(path, body, firstLine, local, headingsBelow);
        var found = local.ToSortedList();
        diagnostics.AddRange(found);
        cache.StoreContent(key, new CachedContent(rendered, found));
        return rendered;
    }

    private static string? RenderPage(PageRenderer pages, BuildCache? cache, string path, string fingerprint, string layout,
        Func<Scriban.Runtime.ScriptObject> page, DiagnosticBag diagnostics)
    {
        if (cache is not null && cache.TryGetPage(path, fingerprint, out var html))
        {
            return html;
        }

        var rendered = pages.Render(layout, page(), diagnostics);
        if (rendered is not null)
        {
            cache?.StorePage(path, fingerprint, rendered);
        }

        return rendered;
    }

    private static string Describe(ReportEvent e) =>
        string.Join('\u001e', e.Address, e.Source.Title, e.Source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Source.Month, e.Source.Draft);

    private static string FinanceDescription(FinanceReport finance)
    {
        var statement = finance.Statement;
        return string.Join('\u001e',
        [
            statement.ToString(), statement.Income.ToString(), statement.Expenses.ToString(),
            .. statement.Income.Lines.Select(l => l.ToString()),
            .. statement.Expenses.Lines.Select(l => l.ToString()),
            .. statement.Memo.Select(m => m.ToString()),
            finance.ToString(),
        ]);
    }
}
