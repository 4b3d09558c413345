using AngleSharp.Dom;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>What a reader sees in the generated 2022 report, read from the HTML.</summary>
public class RealReportTests(BuiltReport report) : IClassFixture<BuiltReport>
{
    private readonly IDocument _index = report.Site.Page();

    [Fact]
    public void The_real_report_builds_with_no_diagnostics_at_all()
    {
        Assert.Empty(report.Result.Diagnostics);
        Assert.True(report.Result.Written);
        Assert.Equal(24, report.Result.EventCount);
        Assert.Equal(26, report.Result.PageCount); // the overview, the report of 2022 and one page per event
    }

    [Fact]
    public void The_page_is_Dutch_with_the_reports_title()
    {
        Assert.Equal("nl", _index.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Jaaroverzicht 2022", _index.QuerySelector("main h1")!.TextContent);
        Assert.StartsWith("Jaaroverzicht 2022", _index.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_navigation_lists_only_months_with_events_then_finance_and_the_chapters()
    {
        var links = _index.QuerySelectorAll("nav.toc a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("Januari", "#januari"), ("Februari", "#februari"), ("Maart", "#maart"), ("April", "#april"), ("Mei", "#mei"),
            ("Juni", "#juni"), ("Juli", "#juli"), ("September", "#september"), ("Oktober", "#oktober"),
            ("November", "#november"), ("December", "#december"),
            ("Baten en lasten", "#baten-en-lasten"), ("Duurzaamheid", "#duurzaamheid"), ("Personeel", "#personeel"),
            ("Ook dit was 2022", "#ook-dit-was-2022"),
        ], links);
        Assert.Null(_index.GetElementById("augustus"));
    }

    [Fact]
    public void The_timeline_has_24_events_grouped_by_month_in_order()
    {
        var months = _index.QuerySelectorAll("section.month").ToList();
        Assert.Equal([1, 3, 2, 1, 2, 3, 3, 3, 2, 2, 2], months.Select(m => m.QuerySelectorAll("article.event").Length));
        var dates = _index.QuerySelectorAll("section.month article.event time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(24, dates.Count);
        Assert.Equal("2022-01-26", dates[0]);
        Assert.Equal("2022-12-31", dates[^1]);
        Assert.Equal(dates.Select(d => d.Length == 7 ? d + "-00" : d).Order(StringComparer.Ordinal), dates.Select(d => d.Length == 7 ? d + "-00" : d));
    }

    [Fact]
    public void The_undated_event_heads_March_with_a_month_datetime()
    {
        var march = _index.GetElementById("maart")!;
        var first = march.QuerySelector("article.event")!;
        Assert.Equal("Russische inval in Oekraïne", first.QuerySelector("h3")!.TextContent);
        var time = first.QuerySelector("time")!;
        Assert.Equal("2022-03", time.GetAttribute("datetime"));
        Assert.Equal("maart 2022", time.TextContent);
    }

    [Fact]
    public void An_event_shows_its_heading_Dutch_date_text_and_a_link_to_its_own_page()
    {
        var article = _index.GetElementById("ind-onderzoekt-interne-cultuur")!;
        Assert.Equal("IND onderzoekt interne cultuur", article.QuerySelector("h3")!.TextContent);
        Assert.Equal("26 januari 2022", article.QuerySelector("time")!.TextContent);
        Assert.Equal("../2022/01/ind-onderzoekt-interne-cultuur/index.html", article.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.StartsWith("Ruim 2.000 medewerkers van de IND deden mee aan een cultuurscan", article.QuerySelector("p:not(.date)")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_finance_statement_is_a_real_table_with_computed_totals_and_saldo()
    {
        var table = _index.QuerySelector("#baten-en-lasten table")!;
        Assert.Equal("Baten en lasten 2022 (bedragen ×\u00a0€\u00a01.000)", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Omschrijving", "Realisatie 2022"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent)))
            .ToList();
        Assert.Equal(
        [
            "Totaal baten | 578.422",
            "Lasten",
            "Personele kosten | 427.973",
            "Materiële kosten | 176.735",
            "Totaal lasten | 604.709",
            "Saldo van baten en lasten | −26.287",
            "Ter informatie (begrepen in de lasten)",
            "Kosten Oekraïne 2022 | 6.114",
            "Betaalde dwangsommen 2022 | 3.409",
        ], rows);
        Assert.Equal(["Lasten", "Ter informatie (begrepen in de lasten)"], table.QuerySelectorAll("tr.group-heading th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tr.group-heading th"), th => Assert.Equal("rowgroup", th.GetAttribute("scope")));
        Assert.Contains("daardoor kunnen totalen afwijken van de som van de onderdelen", _index.QuerySelector("#baten-en-lasten .note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prose_figures_agree_with_the_table()
    {
        var text = _index.GetElementById("ook-dit-was-2022")!.TextContent;
        Assert.Contains("totale baten van €\u00a0578,4\u00a0miljoen tegenover lasten van €\u00a0604,7\u00a0miljoen", text, StringComparison.Ordinal);
        Assert.Contains("€\u00a06,1\u00a0miljoen voor de Oekraïense inzet en €\u00a03,4\u00a0miljoen aan betaalde dwangsommen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", _index.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_and_their_units_never_break_apart_in_the_table_the_prose_or_the_chart()
    {
        var finance = _index.GetElementById("baten-en-lasten")!;
        string[] texts =
        [
            finance.QuerySelector("caption")!.TextContent,
            _index.GetElementById("ook-dit-was-2022")!.TextContent,
            .. finance.QuerySelectorAll("svg text, svg desc").Select(t => t.TextContent).Where(t => t.Contains("miljoen", StringComparison.Ordinal)),
            finance.QuerySelector("figcaption")!.TextContent,
        ];
        Assert.All(texts, text => Assert.Contains("€\u00a0", text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotMatch(@"[×€] |\d miljoen", text));
        foreach (var data in new[] { "finance.csv", "finance.json" })
        {
            // Open data keeps plain numbers for programs to read.
            Assert.DoesNotContain('\u00a0', File.ReadAllText(Path.Combine(report.Site.Output, "2022", data)));
        }

        Assert.Equal(8, texts.Length); // caption, prose, two bar amounts, two legend amounts, the description, the figure caption
    }

    [Fact]
    public void The_closing_chapters_follow_the_finance_statement_in_order()
    {
        var headings = _index.QuerySelectorAll("main section.finance > h2, main section.chapter > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Baten en lasten", "Duurzaamheid", "Personeel", "Ook dit was 2022"], headings);
        Assert.Equal(4, _index.QuerySelectorAll("#duurzaamheid li").Length);
        Assert.Equal(3, _index.QuerySelectorAll("#personeel li").Length);
    }

    [Fact]
    public void Each_event_page_links_back_to_its_place_and_to_its_neighbours()
    {
        var page = report.Site.Page("2022/03/russische-inval-in-oekraine/index.html");
        Assert.Equal("Russische inval in Oekraïne", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("2022-03", page.QuerySelector("main time")!.GetAttribute("datetime"));
        Assert.Equal("../../../2022/index.html#russische-inval-in-oekraine", page.QuerySelector(".back a")!.GetAttribute("href"));
        Assert.Equal("../../../2022/02/ind-begint-met-eigen-woordvoering/index.html", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../../2022/03/werving-nieuwe-collegas-kom-iets-betekenen-bij-de-ind/index.html", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var first = report.Site.Page("2022/01/ind-onderzoekt-interne-cultuur/index.html");
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var last = report.Site.Page("2022/12/het-aantal-aanvragen-blijft-stijgen/index.html");
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void The_output_holds_the_index_one_page_per_event_and_the_theme_css()
    {
        var files = report.Site.OutputFiles();
        Assert.Contains("index.html", files);
        Assert.Contains("assets/style.css", files);
        Assert.Contains("2022/index.html", files);
        Assert.Equal(24, files.Count(f => f.StartsWith("2022/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "2022/index.html"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "style.css")), File.ReadAllBytes(Path.Combine(report.Site.Output, "assets", "style.css")));
    }

    [Fact]
    public void Every_page_links_its_stylesheet_relatively_and_loads_nothing_from_other_hosts()
    {
        foreach (var file in report.Site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = report.Site.Page(file);
            var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
            Assert.True(File.Exists(Path.Combine(report.Site.Output, Path.GetDirectoryName(file)!, stylesheet)), $"{file}: {stylesheet}");
            foreach (var element in page.QuerySelectorAll("[src], [href]"))
            {
                var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.False(address.Contains("//", StringComparison.Ordinal) || address.StartsWith('/'), $"{file}: '{address}' is not relative");
            }
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var pages = report.Site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ids = pages.ToDictionary(p => p, p => report.Site.Page(p).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));
        foreach (var page in pages)
        {
            foreach (var link in report.Site.Page(page).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var target = hash == 0 ? page
                    : Path.GetRelativePath(report.Site.Output, Path.GetFullPath(Path.Combine(report.Site.Output, Path.GetDirectoryName(page)!, hash < 0 ? href : href[..hash]))).Replace('\\', '/');
                Assert.True(ids.ContainsKey(target) || (!target.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(report.Site.Output, target))),
                    $"{page}: link '{href}' goes to '{target}', which is not a file of the site");
                if (hash >= 0 && ids.ContainsKey(target))
                {
                    Assert.True(ids[target].Contains(href[(hash + 1)..]), $"{page}: anchor '{href}' does not exist");
                }
            }
        }
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var file in report.Site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var ids = report.Site.Page(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Output_uses_LF_line_ends_and_no_BOM()
    {
        foreach (var file in report.Site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(report.Site.Output, file));
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), file);
        }
    }
}
