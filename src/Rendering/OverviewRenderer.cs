using Generator.Addressing;
using Generator.Caching;
using Generator.Checking;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>The overview at the site's root (<c>index.html</c>): every year newest first with its figures, a chart and a table of them.</summary>
public static class OverviewRenderer
{
    /// <param name="site">The site's settings (site.yml).</param>
    /// <param name="years">Every year's report, oldest first.</param>
    /// <param name="sink">Where the page goes.</param>
    /// <param name="cache">In the preview: the page is rendered again only when a year's title, description or figures changed.</param>
    /// <param name="logo">The site's logo as published, for the header; null for none.</param>
    /// <returns>The page's links and ids; null after a template error, which has been reported.</returns>
    public static HtmlLinks? Render(SiteSettings site, IReadOnlyList<AnnualReport> years, Theme theme, ISiteSink sink, DiagnosticBag diagnostics,
        BuildCache? cache = null, Images.PublishedImage? logo = null)
    {
        cache ??= BuildCache.None;
        var newestFirst = years.Reverse().ToList();
        var address = PageAddress.Root;
        string Fingerprint() => Caching.Fingerprint.Of(
        [
            site.ToString(),
            logo is null ? "" : string.Join(";", logo.Widths),
            .. newestFirst.Select(r => string.Join('\u001e', r.Site.Year, r.Site.Title, r.Site.Description, string.Join(';', OverviewChart.Figures(r)))),
        ]);
        var html = cache.Reuse(CacheKind.Page, address.Page, Fingerprint, diagnostics, found => Make(site, newestFirst, theme, logo, found));
        if (html is null)
        {
            return null;
        }

        sink.Write(address.Page, html);
        return HtmlLinkScanner.Scan(html);
    }

    private static string? Make(SiteSettings site, List<AnnualReport> newestFirst, Theme theme, Images.PublishedImage? logo, DiagnosticBag diagnostics)
    {
        var address = PageAddress.Root;
        var list = new ScriptArray();
        foreach (var report in newestFirst)
        {
            var figures = OverviewChart.Figures(report);
            list.Add(new ScriptObject
            {
                ["year"] = report.Site.Year,
                ["title"] = report.Site.Title,
                ["description"] = report.Site.Description,
                ["draft"] = report.Site.Draft,
                ["url"] = address.LinkTo(report.Address),
                ["income"] = figures[0],
                ["expenses"] = figures[1],
                ["saldo"] = figures[2],
                ["in_table"] = new ScriptObject
                {
                    ["income"] = OverviewTable.Shown(figures[0]),
                    ["expenses"] = OverviewTable.Shown(figures[1]),
                    ["saldo"] = OverviewTable.Shown(figures[2]),
                },
            });
        }

        var globals = new ScriptObject
        {
            ["site"] = ViewModel.Site(site, year: null),
            ["years"] = list,
            ["chart"] = OverviewChart.Render(newestFirst, "jaren-grafiek"),
            ["chart_text"] = OverviewChart.Description(newestFirst),
            ["table_unit"] = OverviewTable.UnitText,
            ["table_unit_caption"] = Text.DutchNumbers.AmountsIn(OverviewTable.Unit),
            ["table_note"] = newestFirst.SelectMany(OverviewChart.Figures).Any(OverviewTable.Rounds) ? OverviewTable.RoundingNote : "",
        };
        using var pages = new PageRenderer(theme, TemplateFunctions.Create(1), FrozenModel.Freeze(globals));
        return pages.Render("overview", ViewModel.Page(site, site.Title, "overview", address, address, logo: logo), diagnostics);
    }
}
