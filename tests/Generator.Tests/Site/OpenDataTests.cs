using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>The data files next to the HTML, for re-use: parsed as a consumer would, figures computed by the generator.</summary>
public class OpenDataTests(BuiltReport report) : IClassFixture<BuiltReport>
{
    [Fact]
    public void Every_page_names_the_feed_of_all_years_by_the_sites_title_not_its_years()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var feedTitle = System.Xml.Linq.XDocument.Parse(site.Read("output/feed.xml")).Root!.Elements().First(e => e.Name.LocalName == "title").Value;
        Assert.Equal("Jaaroverzichten", feedTitle);
        foreach (var page in new[] { "index.html", "2022/index.html", "2022/03/russische-inval-in-oekraine/index.html" })
        {
            Assert.Equal(feedTitle + ": gebeurtenissen van alle jaren", site.Page(page).QuerySelector("link[type='application/atom+xml']")!.GetAttribute("title"));
        }
    }

    [Fact]
    public void Events_json_lists_every_event_in_timeline_order_with_dates_from_the_content()
    {
        using var json = JsonDocument.Parse(report.Site.Read("output/events.json"));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(24, events.Count);
        Assert.Equal("IND onderzoekt interne cultuur", events[0].GetProperty("title").GetString());
        Assert.Equal("2022-01-26", events[0].GetProperty("date").GetString());
        var undated = events.Single(e => e.GetProperty("title").GetString() == "Russische inval in Oekraïne");
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("date").ValueKind);
        Assert.Equal("2022-03", undated.GetProperty("month").GetString());
        Assert.Equal("2022/03/russische-inval-in-oekraine/", undated.GetProperty("url").GetString());
        Assert.Contains("Oekraïne", report.Site.Read("output/events.json"), StringComparison.Ordinal);

        // The year's own file beside its report: the same events, addressed from its folder.
        using var year = JsonDocument.Parse(report.Site.Read("output/2022/events.json"));
        Assert.Equal(2022, year.RootElement.GetProperty("year").GetInt32());
        var yearEvents = year.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(events.Select(e => e.GetProperty("title").GetString()), yearEvents.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal("03/russische-inval-in-oekraine/", yearEvents.Single(e => e.GetProperty("title").GetString() == "Russische inval in Oekraïne").GetProperty("url").GetString());
    }

    [Fact]
    public void Finance_json_has_amounts_in_full_euros_and_as_published_with_computed_totals()
    {
        using var json = JsonDocument.Parse(report.Site.Read("output/2022/finance.json"));
        var root = json.RootElement;
        Assert.Equal(1000, root.GetProperty("published_unit").GetDecimal());
        var expenses = root.GetProperty("expenses");
        Assert.Equal(604709m, expenses.GetProperty("total").GetProperty("amount_published").GetDecimal());
        Assert.Equal(604709000m, expenses.GetProperty("total").GetProperty("amount_eur").GetDecimal());
        Assert.Equal(604708m, expenses.GetProperty("total").GetProperty("sum_of_lines_published").GetDecimal());
        Assert.Equal(-26287000m, root.GetProperty("saldo").GetProperty("amount_eur").GetDecimal());
        Assert.Equal(["oekraine", "dwangsommen"], root.GetProperty("memo").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
        Assert.Equal(["personele_kosten", "materiele_kosten"], expenses.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        Assert.Equal(("lasten", "lasten", "saldo"), (expenses.GetProperty("key").GetString(), expenses.GetProperty("total").GetProperty("key").GetString(), root.GetProperty("saldo").GetProperty("key").GetString()));
    }

    [Fact]
    public void Finance_csv_has_a_row_per_line_total_saldo_and_memo()
    {
        var rows = report.Site.Read("output/2022/finance.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "groep,soort,omschrijving,bedrag_gepubliceerd_x1000,bedrag_euro,key",
            "baten,totaal,Totaal baten,578422,578422000,baten",
            "lasten,regel,Personele kosten,427973,427973000,personele_kosten",
            "lasten,regel,Materiële kosten,176735,176735000,materiele_kosten",
            "lasten,totaal,Totaal lasten,604709,604709000,lasten",
            "saldo,saldo,Saldo van baten en lasten,-26287,-26287000,saldo",
            "lasten,waarvan,Kosten Oekraïne 2022,6114,6114000,oekraine",
            "lasten,waarvan,Betaalde dwangsommen 2022,3409,3409000,dwangsommen",
        ], rows);
    }

    [Fact]
    public void The_Atom_feed_is_valid_XML_with_an_entry_per_event_dated_from_the_content()
    {
        var feed = XDocument.Parse(report.Site.Read("output/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("2022-12-31T00:00:00Z", feed.Root!.Element(atom + "updated")!.Value);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(24, entries.Count);
        Assert.Equal("Het aantal aanvragen blijft stijgen", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("2022-03-01T00:00:00Z", entries.Single(e => e.Element(atom + "title")!.Value == "Russische inval in Oekraïne").Element(atom + "updated")!.Value);
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Element(atom + "id")!.Value)));
        Assert.Equal(24, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void The_page_links_the_data_files_and_the_feed()
    {
        var index = report.Site.Page();
        var links = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("events.json", links);
        Assert.Contains("finance.csv", links);
        Assert.Contains("finance.json", links);
        Assert.Equal("../feed.xml", index.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_chart_is_inline_SVG_whose_bars_follow_the_figures_and_whose_text_states_them()
    {
        var index = report.Site.Page();
        var svg = index.QuerySelector("#baten-en-lasten figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var description = index.GetElementById(svg.GetAttribute("aria-labelledby")!.Split(' ')[1])!.TextContent;
        Assert.Equal("Totaal baten: €\u00a0578,4\u00a0miljoen. Totaal lasten: €\u00a0604,7\u00a0miljoen (personele kosten €\u00a0428,0\u00a0miljoen, materiële kosten €\u00a0176,7\u00a0miljoen). Saldo van baten en lasten: €\u00a0−26,3\u00a0miljoen.", description);

        static double Width(AngleSharp.Dom.IElement bar) => double.Parse(bar.GetAttribute("width")!, CultureInfo.InvariantCulture);
        var income = Width(svg.QuerySelector(".bar-income")!);
        var parts = svg.QuerySelectorAll("rect.bar-expense-1, rect.bar-expense-2").Take(2).Select(Width).ToList();
        Assert.Equal(578422.0 / 604709, income / parts.Sum(), 2);
        Assert.Equal(427973.0 / 176735, parts[0] / parts[1], 2);
        Assert.Empty(index.QuerySelectorAll("svg [style], svg script"));
    }

    [Fact]
    public void Pages_carry_a_description_and_Open_Graph_metadata()
    {
        var page = report.Site.Page("2022/03/russische-inval-in-oekraine/index.html");
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("Russische inval in Oekraïne", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.StartsWith("De belangrijkste gebeurtenissen", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public void A_site_that_asks_for_no_open_data_gets_no_data_files_and_no_links_to_them()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nopen_data: false");
        site.BuildSuccessfully();
        Assert.DoesNotContain(site.OutputFiles(), f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || f == "feed.xml");
        Assert.DoesNotContain("feed.xml", site.Read("output/2022/index.html"), StringComparison.Ordinal);
    }
}
