using System.Diagnostics;
using Generator.BrowserTests.Support;
using Generator.Writing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Generator.BrowserTests;

/// <summary>The real report printed with build --pdf, read back with PdfPig as a reader's PDF viewer would.</summary>
public sealed class PrintedReport : IDisposable
{
    private const string BaseUrl = "https://example.org/jaaroverzicht-2022/";

    public PrintedReport()
    {
        Plain = Print("output", null);
        WithBaseUrl = Print("output-base", BaseUrl);
        Parts = PrintDocument.Parts(File.ReadAllText(Path.Combine(Folder, "output", "2022", "index.html")));
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("report-pdf-").FullName;

    /// <summary>Built in process, without a base_url.</summary>
    public byte[] Plain { get; }

    /// <summary>Built in process, with --base-url.</summary>
    public byte[] WithBaseUrl { get; }

    /// <summary>The months and chapters, as the report page's contents list them.</summary>
    public IReadOnlyList<PrintPart> Parts { get; }

    public static string Base => BaseUrl;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private byte[] Print(string output, string? baseUrl)
    {
        var folder = Path.Combine(Folder, output);
        var result = SiteBuilder.Build(new BuildOptions(
            Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(RepositoryPaths.Root, "theme"), folder, RepositoryPaths.Root)
        { Pdf = true, BaseUrl = baseUrl });
        if (!result.Written)
        {
            throw new InvalidOperationException("The PDF was not made:\n" + string.Join("\n", result.Diagnostics));
        }

        return File.ReadAllBytes(Path.Combine(folder, "2022", "jaaroverzicht-2022.pdf"));
    }
}

public class PdfTests(PrintedReport report) : IClassFixture<PrintedReport>
{
    private const double Millimetre = 72 / 25.4;

    /// <summary>The fixture's PDF is the one build --pdf makes of the real report: printing it again would cost a Chromium run.</summary>
    [Fact]
    public void Build_pdf_prints_the_report_to_an_A4_PDF_linked_from_the_page()
    {
        var pdf = report.Plain;
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(pdf.Length > 50_000, $"the PDF has only {pdf.Length} bytes");
        Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("href=\"jaaroverzicht-2022.pdf\"", File.ReadAllText(Path.Combine(report.Folder, "output", "2022", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_PDF_is_tagged_in_Dutch_with_the_reports_title()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.ContainsKey(NameToken.StructTreeRoot), "no structure tree: the PDF is not tagged");
        Assert.True(catalog.TryGet(NameToken.MarkInfo, pdf.Structure.TokenScanner, out DictionaryToken? markInfo)
            && markInfo.TryGet(NameToken.Marked, out BooleanToken marked) && marked.Data, "MarkInfo /Marked is not true");
        Assert.True(catalog.TryGet(NameToken.Lang, out StringToken language));
        Assert.Equal("nl", language.Data);
        Assert.Equal("Jaaroverzicht 2022 · Immigratie- en Naturalisatiedienst (IND)", pdf.Information.Title);
    }

    [Fact]
    public void The_outline_has_every_month_and_chapter_at_the_page_where_it_starts()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "the PDF has no outline");
        var entries = Flatten(bookmarks.Roots).ToList();
        Assert.Equal(15, report.Parts.Count);
        foreach (var part in report.Parts)
        {
            var entry = entries.FirstOrDefault(e => e.Title == part.Title);
            Assert.True(entry is not null, $"'{part.Title}' is not in the outline");
            Assert.Contains(BodyLines(pdf.GetPage(entry.PageNumber)), line => line == part.Title);
        }

        // The events are in it too, below their month.
        Assert.Contains(entries, e => e.Title == "Russische inval in Oekraïne" && e.Level > entries.First(m => m.Title == "Maart").Level);
    }

    [Fact]
    public void The_cover_names_the_organisation_the_title_and_the_year_and_has_no_header_or_page_number()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var cover = Words(pdf.GetPage(1));
        Assert.Contains("Immigratie- en Naturalisatiedienst (IND)", cover, StringComparison.Ordinal);
        Assert.Contains("Jaaroverzicht 2022", cover, StringComparison.Ordinal);
        Assert.Equal("", Header(pdf.GetPage(1)));
        Assert.Equal("", Footer(pdf.GetPage(1)));
    }

    [Fact]
    public void The_contents_give_each_month_and_chapter_with_the_page_it_starts_on()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var contents = Words(pdf.GetPage(2));
        Assert.StartsWith("Inhoud", Header(pdf.GetPage(2)), StringComparison.Ordinal);
        foreach (var (part, start) in Starts(pdf))
        {
            Assert.Contains($"{part.Title} {start}", contents, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_after_the_cover_has_its_number_in_the_footer_and_the_month_or_chapter_at_its_top_in_the_header()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        Assert.Equal(3, Starts(pdf)[0].Start);
        var atTop = PartsAtTop(pdf);
        for (var number = 2; number <= pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            Assert.Equal($"Pagina {number} van {pdf.NumberOfPages}", Footer(page));
            Assert.Equal($"{atTop[number - 1] ?? "Inhoud"} Jaaroverzicht 2022", Header(page));
        }
    }

    [Fact]
    public void Months_run_on_so_a_month_starts_mid_page_under_the_header_of_the_month_before()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var atTop = PartsAtTop(pdf);
        var midPage = Starts(pdf).Where(s => BodyLines(pdf.GetPage(s.Start))[0] != s.Part.Title).ToList();
        Assert.True(midPage.Count >= 5, $"only {midPage.Count} months or chapters start mid-page: they do not run on");
        foreach (var (part, start) in midPage)
        {
            Assert.NotEqual(part.Title, atTop[start - 1]);
            Assert.StartsWith(atTop[start - 1]!, Header(pdf.GetPage(start)), StringComparison.Ordinal);
        }

        // April, the shortest month, no longer has a page of its own: it starts below the month before it.
        var april = pdf.GetPage(Starts(pdf).Single(s => s.Part.Title == "April").Start);
        Assert.DoesNotContain("April", Header(april), StringComparison.Ordinal);
        Assert.True(BodyLines(april).IndexOf("April") > 5, "April starts at the top of its page");
        Assert.True(pdf.NumberOfPages <= 12, $"the PDF has {pdf.NumberOfPages} pages");
    }

    [Fact]
    public void No_page_of_the_report_but_the_last_is_more_than_forty_percent_empty()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var first = Starts(pdf)[0].Start; // the cover and the contents are pages of their own
        for (var number = first; number < pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            var top = page.Height - (20 * Millimetre);
            var bottom = 18 * Millimetre;
            var lowest = page.GetWords().Where(w => Baseline(w) < top && Baseline(w) > bottom).Min(w => w.BoundingBox.Bottom);
            var empty = (lowest - bottom) / (top - bottom);
            Assert.True(empty <= 0.4, $"page {number} is {empty:P0} empty");
        }
    }

    [Fact]
    public void Headings_stay_with_their_text_and_the_table_and_chart_stay_whole()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var pages = pdf.GetPages().Select(Words).ToList();

        // The finance statement whole on one page, with its heading: its first and last lines. The chart whole on one page:
        // its bars, its legend and its caption.
        var finance = pages.FindIndex(p => p.Contains("Totaal baten 578.422", StringComparison.Ordinal));
        Assert.True(finance >= 0);
        Assert.Contains(BodyLines(pdf.GetPage(finance + 1)), line => line == "Baten en lasten");
        Assert.Contains("Betaalde dwangsommen 2022 3.409", pages[finance], StringComparison.Ordinal);
        var chart = pages.FindIndex(p => p.Contains("Baten € 578,4 miljoen", StringComparison.Ordinal));
        Assert.True(chart >= 0);
        Assert.Contains("Materiële kosten: € 176,7 miljoen", pages[chart], StringComparison.Ordinal);
        Assert.Contains("De tabel hierboven geeft de bedragen zoals gepubliceerd.", pages[chart], StringComparison.Ordinal);

        // No heading is split over two pages: each event's whole title is on the page its outline entry points at.
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var events = Flatten(bookmarks.Roots).Where(e => report.Parts.All(p => p.Title != e.Title)).ToList();
        Assert.True(events.Count >= 24, $"only {events.Count} events in the outline");
        // (The outline drops the space where a title wraps, so both are compared without spaces.)
        Assert.All(events, e => Assert.Contains(NoSpaces(e.Title), NoSpaces(pages[e.PageNumber - 1]), StringComparison.Ordinal));

        // Every event's heading is on the page of its date and the start of its text.
        foreach (var (title, date) in new[] { ("Russische inval in Oekraïne", "maart 2022 Na de inval"), ("Stand van de uitvoering 2022", "10 juni 2022") })
        {
            Assert.Contains(pages, p => p.Contains(title, StringComparison.Ordinal) && p.Contains(date, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Links_jump_inside_the_PDF_and_never_to_a_temporary_file()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        var actions = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<PdfAction>().ToList();
        Assert.DoesNotContain(actions.OfType<UriAction>(), a => a.Uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(actions.OfType<UriAction>(), a => a.Uri.Contains("/2022/", StringComparison.Ordinal)); // no address to go to: text
        var jumps = pdf.GetPage(2).GetAnnotations().Select(a => a.Action).OfType<GoToAction>().Select(a => a.Destination.PageNumber).ToList();
        Assert.Equal(Starts(pdf).Select(s => s.Start), jumps);
        Assert.DoesNotContain("file:", System.Text.Encoding.Latin1.GetString(report.Plain), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_base_url_links_to_event_pages_go_to_the_published_site()
    {
        using var pdf = PdfDocument.Open(report.WithBaseUrl);
        var uris = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToList();
        Assert.Equal(24, uris.Distinct().Count(u => u.StartsWith(PrintedReport.Base + "2022/", StringComparison.Ordinal) && u.EndsWith("/index.html", StringComparison.Ordinal)));
        Assert.DoesNotContain(uris, u => u.StartsWith("file:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dates_are_the_reports_and_the_document_has_an_id()
    {
        using var pdf = PdfDocument.Open(report.Plain);
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero), pdf.Information.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero), pdf.Information.GetModifiedDateTimeOffset());
        Assert.True(pdf.Structure.Trailer.Identifier.Count == 2, "the trailer has no /ID");
    }

    [Fact]
    public async Task Printing_again_in_another_time_zone_and_culture_gives_the_same_bytes()
    {
        var output = Path.Combine(report.Folder, "output-again");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["TZ"] = "Pacific/Kiritimati";
        start.Environment["LANG"] = start.Environment["LC_ALL"] = "tr_TR.UTF-8";
        foreach (var argument in new[]
        {
            "exec", Path.Combine(AppContext.BaseDirectory, "Generator.dll"), "build", "--pdf",
            "--input", Path.Combine(RepositoryPaths.Root, "input"), "--theme", Path.Combine(RepositoryPaths.Root, "theme"), "--output", output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains($"Open {output}/index.html in a browser; the PDF is {output}/2022/jaaroverzicht-2022.pdf.", printed, StringComparison.Ordinal);
        Assert.Equal(report.Plain, File.ReadAllBytes(Path.Combine(output, "2022", "jaaroverzicht-2022.pdf")));
    }

    [Fact]
    public void A_long_event_runs_on_over_the_page_between_paragraphs_without_leaving_its_page_half_empty()
    {
        var input = Path.Combine(report.Folder, "input-long-event");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // January's one event gets a second event after it that is longer than a page.
        var paragraphs = Enumerable.Range(1, 9).Select(i =>
            $"Alinea {i} van het lange verslag. " + string.Concat(Enumerable.Repeat("De IND handelt aanvragen af en legt daarover verantwoording af. ", 6)));
        File.WriteAllText(Path.Combine(input, "2022", "events", "2022-01-28-lang-verslag.md"),
            "---\ntitle: Een lang verslag\ndate: 2022-01-28\n---\n" + string.Join("\n\n", paragraphs) + "\n");
        var output = Path.Combine(report.Folder, "output-long-event");
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(RepositoryPaths.Root, "theme"), output, RepositoryPaths.Root) { Pdf = true });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "2022", "jaaroverzicht-2022.pdf")));
        var january = pdf.GetPages().Where(p => Header(p).StartsWith("Januari", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, january.Count);
        var first = Words(january[0]);
        Assert.Contains("IND onderzoekt interne cultuur", first, StringComparison.Ordinal);
        Assert.Contains("Een lang verslag 28 januari 2022 Alinea 1", first, StringComparison.Ordinal);
        Assert.Contains("Alinea 9", Words(january[1]), StringComparison.Ordinal);

        // The first page is filled: its last line of text is in the bottom fifth of the text area.
        var lowest = january[0].GetWords().Where(w => w.BoundingBox.Top > 18 * Millimetre).Min(w => w.BoundingBox.Bottom);
        Assert.True(lowest < (18 * Millimetre) + (january[0].Height * 0.2), $"the page's text ends {lowest:0} pt from the bottom");
    }

    [Fact]
    public void A_page_that_begins_with_the_photos_of_the_month_before_has_that_month_in_its_header()
    {
        var input = Path.Combine(report.Folder, "input-photos-at-top");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "input"), input);
        var images = Path.Combine(input, "2022", "images");
        Directory.CreateDirectory(images);
        File.WriteAllBytes(Path.Combine(images, "klein.png"), Block(300, 200));
        File.WriteAllBytes(Path.Combine(images, "breed.png"), Block(2000, 1000));

        // January's one event ends with photos, so many that the last ones run on to the top of the page where February starts.
        var file = Path.Combine(input, "2022", "events", "2022-01-26-ind-onderzoekt-interne-cultuur.md");
        File.AppendAllText(file, "\n![Een vlak](../images/klein.png \"Foto: Jan\")\n\n![Een breed vlak](../images/breed.png)\n\n"
            + "![Nog een breed vlak](../images/breed.png)\n\n![Nog een vlak](../images/klein.png)\n");
        var output = Path.Combine(report.Folder, "output-photos-at-top");
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(RepositoryPaths.Root, "theme"), output, RepositoryPaths.Root) { Pdf = true });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "2022", "jaaroverzicht-2022.pdf")));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var february = Flatten(bookmarks.Roots).First(e => e.Title == "Februari");
        var page = pdf.GetPage(february.PageNumber);
        var heading = page.GetWords().First(w => w.Text == "Februari" && w.BoundingBox.Bottom < page.Height - (20 * Millimetre));

        // The page begins with January's photos, above February's heading and no text between: the case to test.
        Assert.Contains(page.GetImages(), image => image.BoundingBox.Bottom > heading.BoundingBox.Top);
        Assert.Equal("Februari", BodyLines(page)[0]);
        Assert.StartsWith("Januari ", Header(page), StringComparison.Ordinal);
    }

    private static byte[] Block(int width, int height)
    {
        using var black = NetVips.Image.Black(width, height, bands: 3);
        using var coloured = (black + new[] { 200.0, 40, 40 }).Cast(NetVips.Enums.BandFormat.Uchar);
        return coloured.PngsaveBuffer();
    }

    [Fact]
    public void A_theme_without_contents_still_prints_and_is_warned_that_the_PDF_has_no_page_numbers_in_them()
    {
        var result = BuildWithTheme("theme-without-contents", theme =>
        {
            Edit(Path.Combine(theme, "layouts", "index.html"), "{{ include \"toc\" }}", "");
            Edit(Path.Combine(theme, "layouts", "base.html"), "{{ report }}#inhoudsopgave", "{{ report }}");
        });

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("RPT605", warning.Code);
        Assert.Contains("no running header", warning.Message, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(report.Folder, "output-theme-without-contents", "2022", "jaaroverzicht-2022.pdf")));
        Assert.Equal($"Pagina 2 van {pdf.NumberOfPages}", Footer(pdf.GetPage(2)));
    }

    [Fact]
    public void A_contents_entry_that_reads_otherwise_than_its_heading_is_warned_about_and_the_rest_are_numbered()
    {
        var result = BuildWithTheme("theme-other-entry", theme =>
            Edit(Path.Combine(theme, "partials", "toc.html"), "<a href=\"#baten-en-lasten\">{{ finance.title }}</a>", "<a href=\"#baten-en-lasten\">Financiën</a>"));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("RPT605", warning.Code);
        Assert.StartsWith("'Financiën' has no page number in the PDF's contents", warning.Message, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(report.Folder, "output-theme-other-entry", "2022", "jaaroverzicht-2022.pdf")));
        var contents = Words(pdf.GetPage(2));
        Assert.Contains("Januari 3", contents, StringComparison.Ordinal);
        Assert.Contains("Financiën Duurzaamheid", contents, StringComparison.Ordinal);
    }

    private BuildResult BuildWithTheme(string name, Action<string> change)
    {
        var theme = Path.Combine(report.Folder, name);
        var original = Path.Combine(RepositoryPaths.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(original, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        change(theme);
        var output = Path.Combine(report.Folder, "output-" + name);
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(RepositoryPaths.Root, "input"), theme, output, RepositoryPaths.Root) { Pdf = true });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Each part with the page it starts on, from the outline.</summary>
    private List<(PrintPart Part, int Start)> Starts(PdfDocument pdf)
    {
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var entries = Flatten(bookmarks.Roots).ToList();
        return [.. report.Parts.Select(p => (p, entries.First(e => e.Title == p.Title).PageNumber))];
    }

    private static IEnumerable<DocumentBookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => (n is DocumentBookmarkNode d ? [d] : Array.Empty<DocumentBookmarkNode>()).Concat(Flatten(n.Children)));

    /// <summary>
    /// For each page (index 0 is page 1) the part current at its top, read from the text alone: the part whose heading is
    /// the page's first line, or else the last part whose heading stood on an earlier page; null before the first part.
    /// </summary>
    private List<string?> PartsAtTop(PdfDocument pdf)
    {
        var atTop = new List<string?>();
        string? current = null;
        var next = 0;
        foreach (var page in pdf.GetPages())
        {
            var lines = BodyLines(page);
            atTop.Add(next < report.Parts.Count && lines.Count > 0 && lines[0] == report.Parts[next].Title ? report.Parts[next].Title : current);
            foreach (var line in lines)
            {
                if (next < report.Parts.Count && line == report.Parts[next].Title)
                {
                    current = report.Parts[next++].Title;
                }
            }
        }

        Assert.Equal(report.Parts.Count, next);
        return atTop;
    }

    /// <summary>The lines of text between the header and the footer, top to bottom.</summary>
    private static List<string> BodyLines(Page page) =>
        [.. page.GetWords()
            .Where(w => Baseline(w) < page.Height - (20 * Millimetre) && Baseline(w) > 18 * Millimetre)
            .GroupBy(w => Math.Round(Baseline(w)))
            .OrderByDescending(line => line.Key)
            .Select(line => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    private static string NoSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    /// <summary>The words in the top margin (20 mm), left to right.</summary>
    private static string Header(Page page) =>
        string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - (20 * Millimetre)).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));

    /// <summary>The words in the bottom margin (18 mm).</summary>
    private static string Footer(Page page) =>
        string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Top < 18 * Millimetre).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
}
