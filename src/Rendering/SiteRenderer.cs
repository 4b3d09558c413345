using Generator.Addressing;
using Generator.Caching;
using Generator.Checking;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Images;

namespace Generator.Rendering;

/// <summary>
/// Renders one year: the Markdown of every event and chapter, then every page of the year through the theme, and hands
/// each page to a sink as soon as it is made. Of each page only its links and ids are kept, for the link check.
/// </summary>
public static class SiteRenderer
{
    /// <summary>Renders the year's texts, then its pages (see <see cref="RenderTexts"/> and <see cref="RenderPages"/>).</summary>
    public static RenderedYear Render(AnnualReport report, Theme theme, ISiteSink sink, DiagnosticBag diagnostics, YearLinks? years = null,
        BuildCache? cache = null, StageTimings? timings = null, ImageLibrary? images = null, IReadOnlyList<AnnualReport>? allYears = null) =>
        RenderPages(RenderTexts(report, diagnostics, cache, timings, images, allYears), theme, sink, diagnostics, years, cache, timings);

    /// <summary>
    /// Renders the Markdown of every event and chapter of one year and publishes its photos. The result's report has
    /// no bodies (<see cref="AnnualReport.WithoutBodies"/>): the caller keeps that one, and the bodies go. Every text is
    /// rendered whatever errors came before, so one build reports the errors of all of them; the bodies of texts whose
    /// front matter failed (<see cref="AnnualReport.FailedEvents"/>) are checked too, and then dropped.
    /// </summary>
    /// <param name="cache">In the preview: texts whose inputs did not change are taken from the last build.</param>
    /// <param name="images">Publishes the images of the texts, the lead photos and the logo; null for none.</param>
    /// <param name="allYears">Every year of the site, for a text's links to another year's events and chapters; null for this year only.</param>
    /// <param name="failedYears">The years of the site that could not be computed, whose files a link cannot be checked against; null for none.</param>
    public static RenderedTexts RenderTexts(AnnualReport report, DiagnosticBag diagnostics, BuildCache? cache = null, StageTimings? timings = null,
        ImageLibrary? images = null, IReadOnlyList<AnnualReport>? allYears = null, IReadOnlyCollection<int>? failedYears = null)
    {
        timings ??= new StageTimings();
        cache ??= BuildCache.None;
        var functions = TemplateFunctions.Create(report.Finance.Statement.Unit);
        var links = new ContentLinks(report, allYears, failedYears);
        var content = new ContentRenderer(() => ViewModel.ContentGlobals(report, functions), links, report.Address, report.Site.AllowRawHtml,
            images is null ? null : new MarkdownImages(images));

        // Everything a text's rendering depends on besides the text itself.
        var context = cache.Fingerprint(() => Caching.Fingerprint.Of(report.Site.ToString(), FinanceDescription(report.Finance, report.Comparison), links.Describe()));
        // A text with images is rendered again on every preview build: its images' files may have changed.
        RenderedContent? RenderText(string path, string body, int firstLine, int headingsBelow, PageAddress? ownPage = null) =>
            RenderContent(content, images is not null && body.Contains("![", StringComparison.Ordinal) ? BuildCache.None : cache, context, path, body, firstLine, headingsBelow, ownPage, diagnostics);

        var eventContent = timings.Time("markdown", () =>
        {
            var rendered = new RenderedContent?[report.Events.Count];
            Parallel.For(0, rendered.Length, i =>
            {
                var source = report.Events[i].Source;
                rendered[i] = RenderText(source.Path, source.Body, source.BodyFirstLine, HeadingLevels.Event, report.Events[i].Address);
            });
            return rendered;
        });
        var sectionContent = report.Sections.Select(s => RenderText(s.Path, s.Body, s.BodyFirstLine, HeadingLevels.Chapter)).ToList();

        // Only for their errors: these texts get no page.
        Parallel.ForEach(report.FailedEvents, f => RenderText(f.Path, f.Body, f.BodyFirstLine, HeadingLevels.Event));
        foreach (var failed in report.FailedSections)
        {
            RenderText(failed.Path, failed.Body, failed.BodyFirstLine, HeadingLevels.Chapter);
        }

        var photos = timings.Time("images", () => SitePhotos.Publish(report, images, diagnostics));

        // A text with an error is shown empty where it is shown at all (its error is reported), and its own page is not made.
        var empty = new RenderedContent(new HtmlString(""), new HtmlString(""), new HtmlString(""), []);
        var withErrors = new HashSet<int>(Enumerable.Range(0, eventContent.Length).Where(i => eventContent[i] is null));
        var events = eventContent.Select(c => c ?? empty).ToList();
        var sections = sectionContent.Select(c => c ?? empty).ToList();
        List<TextLinks> textLinks =
        [
            .. events.Select((c, i) => (c.Links, Own: (PageAddress?)report.Events[i].Address)).Concat(sections.Select(c => (c.Links, Own: (PageAddress?)null)))
                .Where(t => t.Links.Count > 0)
                .Select(t => new TextLinks(report.Address, t.Own, t.Links)),
        ];
        return new RenderedTexts(report.WithoutBodies(), events, [.. sections.Select(c => c.OnReportPage)], textLinks, photos, context)
        {
            EventsWithErrors = withErrors,
        };
    }

    /// <summary>
    /// Renders every page of one year through the theme from its rendered texts, and hands each page to a sink as soon as
    /// it is made. Of each page only its links and ids are kept, for the link check.
    /// </summary>
    /// <param name="sink">Where the files go: the build's staging folder, or the preview's memory.</param>
    /// <param name="years">The neighbouring years, for the links between the reports; null for none.</param>
    /// <param name="cache">In the preview: pages whose inputs did not change are taken from the last build.</param>
    /// <returns>The pages' links and each event's text (for the data files); after an error in a template, the pages that did render.</returns>
    public static RenderedYear RenderPages(RenderedTexts texts, Theme theme, ISiteSink sink, DiagnosticBag diagnostics, YearLinks? years = null,
        BuildCache? cache = null, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        cache ??= BuildCache.None;
        var report = texts.Report;
        var functions = TemplateFunctions.Create(report.Finance.Statement.Unit);
        years ??= new YearLinks(null, null);
        var pages = timings.Time("templates", () => RenderPages(report, theme, sink, diagnostics, cache, functions, texts.EventContent, texts.SectionHtml, texts.Context, texts.Photos, years,
            texts.EventsWithErrors));
        return new RenderedYear(report, pages, texts.EventContent, texts.Links, texts.Photos.Logo);
    }

    /// <summary>Renders the report page and every event's page to the sink; the links of those that rendered, by path.</summary>
    private static Dictionary<string, HtmlLinks> RenderPages(AnnualReport report, Theme theme, ISiteSink sink, DiagnosticBag diagnostics, BuildCache cache,
        Scriban.Runtime.ScriptObject functions, IReadOnlyList<RenderedContent> eventContent, IReadOnlyList<HtmlString> sectionHtml, string context, SitePhotos photos,
        YearLinks years, IReadOnlySet<int> eventsWithErrors)
    {
        var model = ViewModel.Report(report, eventContent, sectionHtml, photos.Leads, years);
        using var pages = new PageRenderer(theme, functions, model.Globals);
        var addresses = new AddressPool();

        // Every page shows the navigation: the months, titles and addresses of all events, and the chapters; the logo; the neighbouring years.
        var navigation = cache.Fingerprint(() => Caching.Fingerprint.Of([context, photos.Describe(), years.ToString(), .. report.Events.Select(Describe), .. report.Sections.Select(s => s.Title)]));
        string IndexFingerprint() => Caching.Fingerprint.Of([navigation, .. eventContent.Select(c => c.OnReportPage.Value), .. sectionHtml.Select(h => h.Value)]);
        // The report page, the longest single page, on one core while the event pages take the other.
        var index = Task.Run(() => RenderPage(pages, sink, cache, report.Address.Page, IndexFingerprint, "index",
            () => ViewModel.Page(report.Site, report.Site.Title, "index", report.Address, report.Address, logo: photos.Logo, previewPhoto: photos.SharedFor(null)), diagnostics,
            whole: false));

        // Event pages on every core, each with its own template context, each written as soon as it is rendered. Every
        // page is made, also after one failed: a template can fail on one event and not on another (one with a lead
        // photo, one without a date). One place in a template that fails on many pages is one error, reported once.
        var eventLinks = new HtmlLinks?[report.Events.Count];
        var pageProblems = new DiagnosticBag();
        Parallel.For(0, eventLinks.Length, i =>
        {
            if (eventsWithErrors.Contains(i))
            {
                return; // its text has an error, reported: the page would show it without its text
            }

            var e = report.Events[i];
            string Fingerprint() => Caching.Fingerprint.Of(
                navigation, Describe(e), eventContent[i].OnEventPage.Value,
                i > 0 ? Describe(report.Events[i - 1]) : null,
                i < report.Events.Count - 1 ? Describe(report.Events[i + 1]) : null);
            eventLinks[i] = RenderPage(pages, sink, cache, e.Address.Page, Fingerprint, "event",
                () => ViewModel.Page(report.Site, e.Source.Title, "event", e.Address, report.Address, ViewModel.EventOnItsPage(model.Events[i], eventContent[i], e, photos.Leads[i]),
                    photos.Logo, photos.SharedFor(i)),
                pageProblems, addresses: addresses);
        });
        foreach (var place in pageProblems.ToSortedList().GroupBy(d => (d.Location, d.Code, d.Location is null ? d.Message : null)))
        {
            diagnostics.Add(place.First());
        }

        var found = new Dictionary<string, HtmlLinks>(report.Events.Count + 1, StringComparer.Ordinal);
        if (index.GetAwaiter().GetResult() is { } indexLinks)
        {
            found[report.Address.Page] = indexLinks;
        }

        for (var i = 0; i < eventLinks.Length; i++)
        {
            if (eventLinks[i] is { } links)
            {
                found[report.Events[i].Address.Page] = links;
            }
        }

        return found;
    }

    /// <summary>Renders one text (or takes it from the cache, by everything it depends on).</summary>
    private static RenderedContent? RenderContent(ContentRenderer content, BuildCache cache, string context,
        string path, string body, int firstLine, int headingsBelow, PageAddress? ownPage, DiagnosticBag diagnostics)
    {
        var key = cache.Fingerprint(() => Caching.Fingerprint.Of(context, path, body, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture),
            headingsBelow.ToString(System.Globalization.CultureInfo.InvariantCulture), ownPage?.Folder));
        return cache.Reuse(CacheKind.Text, key, () => "", diagnostics, found => content.Render(path, body, firstLine, found, headingsBelow, ownPage));
    }

    /// <summary>Renders one page (or takes it from the cache), writes it to the sink and returns its links; null after an error.</summary>
    /// <param name="addresses">Keeps one copy of the links that the pages share; null for none.</param>
    /// <param name="whole">
    /// False for a page too large to hold as one string (a year's report): unless the cache keeps pages (the preview), it is
    /// written to the sink as it is rendered and its links are read on the way.
    /// </param>
    private static HtmlLinks? RenderPage(PageRenderer pages, ISiteSink sink, BuildCache cache, string path, Func<string> fingerprint, string layout,
        Func<Scriban.Runtime.ScriptObject> page, DiagnosticBag diagnostics, bool whole = true, AddressPool? addresses = null)
    {
        if (!whole && !cache.Enabled)
        {
            HtmlLinks? links = null;
            var finished = false;
            sink.WritePage(path, text =>
            {
                links = Stream(pages, layout, page(), text, diagnostics);
                finished = true;
            });

            // A sink that did not write the page, or failed while writing it (reported when publishing): the page is
            // rendered all the same, for what the link check finds on it.
            return finished ? links : Stream(pages, layout, page(), TextWriter.Null, diagnostics);
        }

        if (!cache.Enabled)
        {
            // Read where it was rendered, in the thread's buffer: scanned there, and encoded by the sink, never a string.
            HtmlLinks? links = null;
            pages.Render(layout, page(), diagnostics, text =>
            {
                links = HtmlLinkScanner.Scan(text, addresses);
                sink.Write(path, text);
            });
            return links;
        }

        var rendered = cache.Reuse(CacheKind.Page, path, fingerprint, diagnostics, found =>
            pages.Render(layout, page(), found) is { } html ? new RenderedPage(html, HtmlLinkScanner.Scan(html, addresses)) : null);
        if (rendered is null)
        {
            return null;
        }

        sink.Write(path, rendered.Html);
        return rendered.Links;
    }

    /// <summary>Renders a page into <paramref name="text"/>, reading its links on the way; null after an error.</summary>
    private static HtmlLinks? Stream(PageRenderer pages, string layout, Scriban.Runtime.ScriptObject page, TextWriter text, DiagnosticBag diagnostics)
    {
        var scanning = HtmlLinkScanner.Writer(text);
        return pages.Render(layout, page, scanning, diagnostics) ? scanning.Complete() : null;
    }

    /// <summary>A page's HTML and what the link check needs of it.</summary>
    private sealed record RenderedPage(string Html, HtmlLinks Links);

    private static string Describe(ReportEvent e) =>
        string.Join('\u001e', e.Address.Folder, e.Source.Title, e.Source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Source.Month, e.Source.Draft);

    /// <summary>Everything of the statement and its comparison that a text's expressions can show, as one text for the preview's fingerprint.</summary>
    private static string FinanceDescription(FinanceReport finance, FinanceComparison? comparison)
    {
        var statement = finance.Statement;
        return string.Join('\u001e',
        [
            statement.ToString(), statement.Income.ToString(), statement.Expenses.ToString(),
            .. statement.Income.Lines.Select(l => l.ToString()),
            .. statement.Expenses.Lines.Select(l => l.ToString()),
            .. statement.Memo.Select(m => m.ToString()),
            finance.ToString(),
            comparison?.ToString() ?? "",
            .. (comparison is null ? [] : comparison.Income.Lines.Concat(comparison.Expenses.Lines).Concat(comparison.Memo).Select(l => l.ToString())),
        ]);
    }
}
