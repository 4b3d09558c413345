using System.Globalization;
using System.Text.Json;
using System.Xml;
using AngleSharp.Dom;
using Generator.Diagnostics;
using Generator.Serving;
using Generator.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace Generator.Tests.Site;

/// <summary>
/// Several years in one site (fixture three-years: the fictional Proefdienst, 2028 to 2030): the overview, each year's
/// report and the links between them, the data files of each year and of the site, the preview and 'new event'.
/// </summary>
public class MultiYearTests
{
    // Totaal baten, totaal lasten and saldo in euros, as the fixture's finance.yml files give them (unit 1000).
    private static readonly Dictionary<int, (decimal Baten, decimal Lasten, decimal Saldo)> Figures = new()
    {
        [2028] = (1_000_000, 900_000, 100_000),
        [2029] = (1_100_000, 1_200_000, -100_000),
        [2030] = (1_300_000, 1_200_000, 100_000),
    };

    private static TestSite Site(int years)
    {
        var site = TestSite.FromFixture("three-years");
        foreach (var year in new[] { 2028, 2029 }.Take(3 - years))
        {
            Directory.Delete(Path.Combine(site.Input, year.ToString(CultureInfo.InvariantCulture)), recursive: true);
        }

        return site;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_overview_lists_every_year_newest_first_with_its_figures_a_chart_and_a_table(int count)
    {
        using var site = Site(count);
        var result = site.BuildSuccessfully();
        Assert.Empty(result.Diagnostics);
        var years = Enumerable.Range(2031 - count, count).Reverse().ToList();

        var overview = site.Page("index.html");
        Assert.Equal("Jaaroverzichten Proefdienst", overview.QuerySelector("main h1")!.TextContent);
        var items = overview.QuerySelectorAll("main .overview-years > li").ToList();
        Assert.Equal(years.Select(y => $"Jaaroverzicht {y}"), items.Select(i => i.QuerySelector("h2")!.TextContent));
        Assert.Equal(years.Select(y => $"{y}/index.html"), items.Select(i => i.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal(years.Contains(2029), overview.QuerySelector("main")!.TextContent.Contains("Een verzonnen jaar met een tekort.", StringComparison.Ordinal));
        foreach (var (item, year) in items.Zip(years))
        {
            var figures = item.QuerySelectorAll("dd").Select(d => d.TextContent).ToList();
            Assert.Equal([Millions(Figures[year].Baten), Millions(Figures[year].Lasten), Millions(Figures[year].Saldo)], figures);
        }

        // The same figures in a table, in thousands of euros as the statements show them, and in the chart's text alternative.
        Assert.Equal("Baten, lasten en saldo per jaar (bedragen ×\u00A0€\u00A01.000)", overview.QuerySelector("table.overview-table caption")!.TextContent);
        Assert.Null(overview.QuerySelector("#baten-en-lasten p.note"));
        var rows = overview.QuerySelectorAll("table.overview-table tbody tr").ToList();
        Assert.Equal(years.Select(y => y.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r.QuerySelector("th")!.TextContent));
        foreach (var (row, year) in rows.Zip(years))
        {
            Assert.Equal([Thousands(Figures[year].Baten), Thousands(Figures[year].Lasten), Thousands(Figures[year].Saldo)], row.QuerySelectorAll("td").Select(c => c.TextContent));
        }

        var chart = overview.QuerySelector("figure svg[role=img]")!;
        Assert.Equal(count * 3, chart.QuerySelectorAll("rect.bar").Length);
        var description = chart.QuerySelector("desc")!.TextContent;
        foreach (var year in years)
        {
            Assert.Contains($"{year}: totaal baten {Millions(Figures[year].Baten)}, totaal lasten {Millions(Figures[year].Lasten)}, saldo {Millions(Figures[year].Saldo)}.", description, StringComparison.Ordinal);
        }

        Assert.Equal(years.Contains(2029), chart.QuerySelectorAll("rect.bar-negative").Length == 1);

        // Every bar carries its amount, so a bar too short to see (a small saldo) still reads.
        Assert.Equal(years.SelectMany(y => new[] { Figures[y].Baten, Figures[y].Lasten, Figures[y].Saldo }).Select(Millions),
            chart.QuerySelectorAll("text.value").Select(t => t.TextContent));
        Assert.Empty(overview.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public void The_overview_table_rounds_a_year_in_full_euros_to_whole_thousands_half_away_from_zero_and_says_so()
    {
        // 2030 in full euros: baten 1.300.500 (a half: up to 1.301), lasten 850.499 + 350.000 = 1.200.499 (down to 1.200),
        // saldo 100.001 (100): the rounded saldo differs from the rounded baten minus lasten, which the note explains.
        using var site = Site(1);
        site.Edit("input/2030/finance.yml", "unit: 1000", "unit: 1");
        site.Edit("input/2030/finance.yml", "amount: 1300", "amount: 1300500");
        site.Edit("input/2030/finance.yml", "amount: 850", "amount: 850499");
        site.Edit("input/2030/finance.yml", "amount: 350", "amount: 350000");
        site.BuildSuccessfully();

        var overview = site.Page("index.html");
        Assert.Equal(["1.301", "1.200", "100"], overview.QuerySelectorAll("table.overview-table tbody td").Select(c => c.TextContent));
        Assert.Equal(Generator.Rendering.OverviewTable.RoundingNote, overview.QuerySelector("#baten-en-lasten p.note")!.TextContent);

        // The open data keeps full euros.
        var csv = ReadCsv(Path.Combine(site.Output, "finance.csv"));
        Assert.Equal("100001", csv.Single(r => r[1] == "saldo")[5]);
    }

    [Theory]
    [InlineData("578422000", "578422")]
    [InlineData("1500", "2")]
    [InlineData("-1500", "-2")]
    [InlineData("1499.99", "1")]
    [InlineData("-500", "-1")]
    [InlineData("499", "0")]
    public void The_overview_tables_one_rounding_rule(string euros, string shown)
    {
        var value = decimal.Parse(euros, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(shown, CultureInfo.InvariantCulture), Generator.Rendering.OverviewTable.Shown(value));
        Assert.Equal(value % 1000 != 0, Generator.Rendering.OverviewTable.Rounds(value));
    }

    [Fact]
    public void Each_report_links_to_the_previous_and_the_next_year_and_back_to_the_overview()
    {
        using var site = Site(3);
        site.BuildSuccessfully();

        string? Link(string page, string rel) => site.Page(page).QuerySelector($".year-pager a[rel={rel}]")?.GetAttribute("href");
        Assert.Null(Link("2028/index.html", "prev"));
        Assert.Equal("../2029/index.html", Link("2028/index.html", "next"));
        Assert.Equal("../2028/index.html", Link("2029/index.html", "prev"));
        Assert.Equal("../2030/index.html", Link("2029/index.html", "next"));
        Assert.Equal("../2029/index.html", Link("2030/index.html", "prev"));
        Assert.Null(Link("2030/index.html", "next"));
        Assert.Contains("Jaaroverzicht 2028", site.Page("2029/index.html").QuerySelector(".year-pager a[rel=prev]")!.TextContent, StringComparison.Ordinal);

        // The previous year in the site is the one each statement is compared with (the ledger's columns); the first has none.
        Assert.Contains("Realisatie 2028", site.Page("2029/index.html").QuerySelector("#baten-en-lasten table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Realisatie 2027", site.Page("2028/index.html").QuerySelector("#baten-en-lasten table")!.TextContent, StringComparison.Ordinal);

        var eventPage = site.Page("2029/07/zomerfeest-2029/index.html");
        Assert.Equal("../../../index.html", eventPage.QuerySelectorAll(".site-nav a").Last().GetAttribute("href"));
        Assert.Equal("../../../2029/index.html#zomerfeest-2029", eventPage.QuerySelector(".back a")!.GetAttribute("href"));
        // A text's link to another event of its year leads to that event's page, from the report and from its own page.
        Assert.Equal("../../../2029/01/start-van-het-jaar-2029/index.html", eventPage.QuerySelector("article p a")!.GetAttribute("href"));
        Assert.Equal("../2029/01/start-van-het-jaar-2029/index.html", site.Page("2029/index.html").QuerySelector("#zomerfeest-2029 p a")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_output_file_parses_and_every_link_on_every_page_leads_to_a_file_of_the_site()
    {
        using var site = Site(3);
        site.Edit("input/site.yml", "language: nl", "language: nl\nbase_url: https://example.org/proef/");
        site.BuildSuccessfully();
        var files = site.OutputFiles();
        foreach (var year in new[] { "2028", "2029", "2030" })
        {
            Assert.Contains($"{year}/index.html", files);
            Assert.Contains($"{year}/events.json", files);
            Assert.Contains($"{year}/finance.json", files);
            Assert.Contains($"{year}/finance.csv", files);
        }

        Assert.Contains("events.json", files);
        Assert.Contains("finance.csv", files);
        Assert.Contains("feed.xml", files);
        Assert.Contains("sitemap.xml", files);
        Assert.DoesNotContain("finance.json", files);

        foreach (var file in files.Where(f => !f.StartsWith('.')))
        {
            var path = Path.Combine(site.Output, file);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    var page = site.Page(file);
                    foreach (var link in page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
                    {
                        if (link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'))
                        {
                            continue;
                        }

                        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, link.Split('#')[0]));
                        Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{file}: {link}");
                    }

                    break;
                case ".json":
                    using (JsonDocument.Parse(File.ReadAllText(path)))
                    {
                    }

                    break;
                case ".xml":
                    using (var reader = XmlReader.Create(path))
                    {
                        while (reader.Read())
                        {
                        }
                    }

                    break;
                case ".csv":
                    Assert.NotEmpty(ReadCsv(path));
                    break;
            }
        }

        var sitemap = new XmlDocument();
        sitemap.Load(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Equal(1 + 3 + 6, sitemap.GetElementsByTagName("loc").Count); // the overview, three reports, six events
    }

    [Fact]
    public void The_sites_data_files_hold_every_year_and_each_years_files_only_its_own()
    {
        using var site = Site(3);
        site.BuildSuccessfully();

        var csv = ReadCsv(Path.Combine(site.Output, "finance.csv"));
        Assert.Equal(["jaar", "groep", "soort", "omschrijving", "bedrag_gepubliceerd", "bedrag_euro", "key"], csv[0]);
        foreach (var year in Figures.Keys)
        {
            var rows = csv.Skip(1).Where(r => r[0] == year.ToString(CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(6, rows.Count); // one baten line and its total, two lasten lines and their total, the saldo
            Assert.Equal(Figures[year].Saldo.ToString(CultureInfo.InvariantCulture), rows.Single(r => r[1] == "saldo")[5]);
        }

        using var events = JsonDocument.Parse(site.Read("output/events.json"));
        var all = events.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal([2028, 2028, 2029, 2029, 2030, 2030], all.Select(e => e.GetProperty("year").GetInt32()));
        Assert.Equal("2029/07/zomerfeest-2029/", all[3].GetProperty("url").GetString());
        // A text's links are written for the file's folder: from the root here, from the year's folder in its own file.
        Assert.Contains("href=\"2029/01/start-van-het-jaar-2029/index.html\"", all[3].GetProperty("html").GetString(), StringComparison.Ordinal);
        using var year2029 = JsonDocument.Parse(site.Read("output/2029/events.json"));
        var own = year2029.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["Start van het jaar 2029", "Zomerfeest 2029"], own.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal("07/zomerfeest-2029/", own[1].GetProperty("url").GetString());
        Assert.Contains("href=\"../2029/01/start-van-het-jaar-2029/index.html\"", own[1].GetProperty("html").GetString(), StringComparison.Ordinal);

        var yearCsv = ReadCsv(Path.Combine(site.Output, "2029", "finance.csv"));
        Assert.Equal("groep", yearCsv[0][0]);
        Assert.Equal("-100", yearCsv.Single(r => r[0] == "saldo")[3]);

        var feed = new XmlDocument();
        feed.Load(Path.Combine(site.Output, "feed.xml"));
        var titles = feed.GetElementsByTagName("title").Cast<XmlElement>().Skip(1).Select(t => t.InnerText).ToList();
        Assert.Equal(["Zomerfeest 2030", "Start van het jaar 2030", "Zomerfeest 2029", "Start van het jaar 2029", "Zomerfeest 2028", "Start van het jaar 2028"], titles);
    }

    [Fact]
    public void One_bad_year_fails_the_build_and_a_date_must_fall_in_its_folders_year()
    {
        using var site = Site(3);
        site.Edit("input/2028/finance.yml", "amount: 600", "amount: zeshonderd");
        site.Write("input/2030/events/2030-03-01-te-vroeg.md", "---\ntitle: Te vroeg\ndate: 2029-03-01\n---\nTekst.\n");
        var result = site.Build();

        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
        Assert.Contains(result.Diagnostics, d => d.Location?.Path == "input/2028/finance.yml" && d.Code == Generator.Diagnostics.DiagnosticCodes.AmountInvalid);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(
            "input/2030/events/2030-03-01-te-vroeg.md(3,7): error RPT106: 'date' 2029-03-01 lies outside the report's year 2030: the events of input/2030/ happen in 2030.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/notities.txt", "input/notities.txt(1,1): error RPT022: The file 'notities.txt' is not read")]
    [InlineData("input/2029-oud/report.yml", "input/2029-oud(1,1): error RPT022: The folder '2029-oud' is not a year")]
    [InlineData("input/events/2029-01-01-x.md", "input/events(1,1): error RPT022: The folder 'events' is not a year")]
    [InlineData("input/2029/oud/x.md", "input/2029/oud(1,1): error RPT022: 'oud' is not read: a year's folder holds report.yml, finance.yml, events/, sections/ and images/.")]
    [InlineData("input/2029/finance-2028.yml", "input/2029/finance-2028.yml(1,1): error RPT022: 'finance-2028.yml' is not read")]
    public void Anything_in_the_input_that_is_not_a_year_or_a_years_part_is_an_error_never_passed_over(string stray, string expected)
    {
        using var site = Site(3);
        site.Write(stray, "x");
        var result = site.Build();
        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/2029/report.yml", true, "'report.yml' is a folder, but it must be a file with that name.")]
    [InlineData("input/2029/finance.yml", true, "'finance.yml' is a folder, but it must be a file with that name.")]
    [InlineData("input/site.yml", true, "'site.yml' is a folder, but it must be a file with that name.")]
    [InlineData("input/2029/events", false, "'events' is a file, but it must be a folder with that name.")]
    [InlineData("input/2029/sections", false, "'sections' is a file, but it must be a folder with that name.")]
    [InlineData("input/2029/images", false, "'images' is a file, but it must be a folder with that name.")]
    [InlineData("input/images", false, "'images' is a file, but it must be a folder with that name.")]
    [InlineData("input/2031", false, "'2031' is a file, but it must be a folder with that name.")]
    public void A_folder_named_like_an_input_file_or_a_file_named_like_an_input_folder_is_one_error_at_its_path(string path, bool folder, string message)
    {
        using var site = Site(3);
        var full = Path.Combine(site.Root, path);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else
        {
            File.Delete(full);
        }

        if (folder)
        {
            site.Write(path + "/x.md", "x");
        }
        else
        {
            site.Write(path, "x");
        }

        var result = site.Build();
        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal($"{path}(1,1): error RPT001: {message}", error.ToString().Split(" Move")[0]);
    }

    [Fact]
    public void Site_yml_with_the_old_year_setting_says_where_the_year_went()
    {
        using var site = Site(1);
        site.Edit("input/site.yml", "language: nl", "language: nl\nyear: 2030");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Generator.Diagnostics.Severity.Error);
        Assert.Equal("input/site.yml(5,7): error RPT404: 'year' is no longer set in site.yml: every year has its own folder, like input/2022/, and the folder's name is the year. Remove this line.", error.ToString());
    }

    [Fact]
    public void In_the_preview_a_change_to_one_event_renders_only_that_years_pages_again()
    {
        using var site = Site(3);
        var output = new StringWriter();
        var session = new PreviewSession(new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false }, output, new StringWriter());
        var before = session.Rebuild(null);

        site.Edit("input/2029/events/2029-07-04-zomerfeest-2029.md", "verzonnen feest", "verzonnen zomerfeest");
        var after = session.Rebuild([Path.Combine(site.Input, "2029", "events", "2029-07-04-zomerfeest-2029.md")]);

        Assert.False(after.Failed);
        var changed = after.Pages.Where(p => before.Pages[p.Key] != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2029/07/zomerfeest-2029/index.html", "2029/index.html"], changed);
        // Rendered again: that event's text and page and its year's report; no page of 2028 or 2030, nor the overview (its figures did not change).
        Assert.EndsWith("1 file read, 1 text and 2 pages rendered.\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("verzonnen zomerfeest", after.File("2029/events.json"), StringComparison.Ordinal);
        Assert.Contains("verzonnen zomerfeest", after.File("events.json"), StringComparison.Ordinal);

        site.Edit("input/2029/finance.yml", "amount: 1100", "amount: 1150");
        after = session.Rebuild([Path.Combine(site.Input, "2029", "finance.yml")]);
        Assert.Contains(Millions(1_150_000), after.Pages["index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain(after.Pages, p => p.Key.StartsWith("2028/", StringComparison.Ordinal) && before.Pages[p.Key] != p.Value);
    }

    [Fact]
    public void New_event_files_the_event_in_its_dates_year()
    {
        using var site = Site(3);
        var result = Support.Cli.Run(site.Root, "new", "event", "--title", "Bezoek", "--date", "2029-03-01");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/2029/events/2029-03-01-bezoek.md\n", result.Output);
        Assert.True(File.Exists(Path.Combine(site.Input, "2029", "events", "2029-03-01-bezoek.md")));

        result = Support.Cli.Run(site.Root, "new", "event", "--title", "Later", "--month", "juli", "--year", "2030");
        Assert.Equal("input/2030/events/2030-07-later.md\n", result.Output);
        Assert.Equal(0, Support.Cli.Run(site.Root, "build").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "2029", "03", "bezoek", "index.html")));
    }

    private static string Millions(decimal euros) => Generator.Text.DutchNumbers.Euro(euros);

    private static string Thousands(decimal euros) => Generator.Text.DutchNumbers.Amount(euros / 1000);

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public void The_overview_has_no_year_and_never_prints_a_made_up_0()
    {
        using var site = Site(2);
        site.Edit("theme/layouts/overview.html", "<h1>{{ site.title }}</h1>", "<h1>{{ site.title }}</h1>\n<p id=\"jaar\">[{{ site.year }}] {{ if site.year == null }}geen jaar{{ else }}jaar{{ end }}</p>");
        site.BuildSuccessfully();

        Assert.Equal("[] geen jaar", site.Page("index.html").GetElementById("jaar")!.TextContent);
        // Each year's pages still see their year.
        Assert.Equal("2030", site.Page("2030/index.html").QuerySelector(".report-year")!.TextContent);

        // The real theme's overview: no text of the page is a lone 0 (a year, count or figure that was never given).
        using var plain = Site(2);
        plain.BuildSuccessfully();
        var overview = plain.Page("index.html");
        var texts = overview.Descendants<AngleSharp.Dom.IText>().Select(t => t.Text.Trim()).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain("0", texts);
        Assert.DoesNotContain(texts, t => t.Contains(" 0 ", StringComparison.Ordinal) || t.EndsWith(" 0", StringComparison.Ordinal) || t.StartsWith("0 ", StringComparison.Ordinal));
        Assert.DoesNotContain(" 0 ·", overview.Title!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_links_to_another_years_event_and_chapter_by_its_path_from_the_texts_folder()
    {
        using var site = Site(2);
        site.Write("input/2030/events/2030-07-04-zomerfeest-2030.md",
            "---\ntitle: Zomerfeest 2030\ndate: 2030-07-04\n---\nZie [vorig jaar](../../2029/events/2029-07-04-zomerfeest-2029.md) en [het slot](../../2029/sections/slot.md).\n");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);

        var links = site.Page("2030/07/zomerfeest-2030/index.html").QuerySelectorAll("article p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../2029/07/zomerfeest-2029/index.html", "../../../2029/index.html#slot"], links);
        Assert.Equal("../2029/07/zomerfeest-2029/index.html", site.Page("2030/index.html").QuerySelector("#zomerfeest-2030 p a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("../2029/events/2029-07-04-zomerfeest-2029.md", "does not lead to an event or chapter of the site", "like [zie](../../2029/events/2029-02-07-titel.md)")]
    [InlineData("../../2027/events/2027-07-04-zomerfeest-2027.md", "points into 2027, which is not a year of this build (the years are 2029, 2030", "--drafts")]
    [InlineData("../../2029/events/2029-07-05-bestaat-niet.md", "'2029-07-05-bestaat-niet.md', which is not a published event or chapter in input/2029/events/", "Check the file's name")]
    [InlineData("2029-07-04-zomerfeest-2029.md", "which is not an event or chapter of the report", "like [zie]")]
    [InlineData("../../2029/events/2029-07-04-zomerfeest-2029.md#kop", "points into the text with '#kop'", "like [zie](../../2029/events/2029-07-04-zomerfeest-2029.md)")]
    [InlineData("../../2029/sections/slot.md#slot", "points into the text with '#slot'", "like [zie](../../2029/sections/slot.md)")]
    public void A_link_to_another_years_file_that_leads_nowhere_is_an_error_at_the_link_saying_how_to_write_it(string target, string problem, string hint)
    {
        using var site = Site(2);
        site.Write("input/2030/events/2030-07-04-zomerfeest-2030.md", $"---\ntitle: Zomerfeest 2030\ndate: 2030-07-04\n---\nZie [vorig jaar]({target}).\n");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.Output));
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains("error RPT", StringComparison.Ordinal));
        Assert.StartsWith("input/2030/events/2030-07-04-zomerfeest-2030.md(5,5): error RPT506:", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.Contains(hint, line, StringComparison.Ordinal);
    }
}
