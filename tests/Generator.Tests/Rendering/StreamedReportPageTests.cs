using Generator.Checking;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// A year's report page holds every event (16 MB at 10,000 events): it is written to the sink while it is rendered, in
/// pieces of a few thousand characters, and its links are read on the way, never from the page as one string. What is
/// written, and what the link check gets, is the same as for the page made whole.
/// </summary>
public class StreamedReportPageTests
{
    [Fact]
    public void The_report_page_reaches_the_sink_in_pieces_and_is_the_page_made_whole()
    {
        using var site = TestSite.CopyOfRealReport();
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false };

        var streamed = new RecordingSink();
        var diagnostics = new DiagnosticBag();
        var generated = SiteGenerator.Generate(options, diagnostics, streamed);
        Assert.Empty(diagnostics.ToSortedList());

        var whole = new MemorySink();
        SiteGenerator.Generate(options, new DiagnosticBag(), whole);

        // Only the report page is streamed; every other page (small) is handed over whole, as before.
        Assert.Equal([site.ReportPage], streamed.Streamed.Keys);
        var page = streamed.Streamed[site.ReportPage];
        Assert.Equal(whole.Pages[site.ReportPage], page.Text.ToString());
        Assert.True(page.Text.Length > 20_000, $"the real report page has {page.Text.Length} characters");
        Assert.True(page.Pieces > 100, $"{page.Pieces} pieces");
        Assert.True(page.Longest <= 8_000, $"the longest piece has {page.Longest} characters");

        var links = generated.Pages[site.ReportPage];
        var scanned = HtmlLinkScanner.Scan(page.Text.ToString());
        Assert.Equal(scanned.Addresses, links.Addresses);
        Assert.Equal(scanned.Ids.Order(StringComparer.Ordinal), links.Ids.Order(StringComparer.Ordinal));
        Assert.Contains("baten-en-lasten", links.Ids);
        Assert.Equal(whole.Pages.Keys.Where(k => k != site.ReportPage).Order(StringComparer.Ordinal), streamed.Pages.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sink_that_does_not_write_the_page_still_gets_its_links_checked()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/index.html", "<div class=\"report\">", "<div class=\"report\"><a href=\"nergens.html\">weg</a>");
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false };
        var diagnostics = new DiagnosticBag();
        var generated = SiteGenerator.Generate(options, diagnostics, new RecordingSink { Refuse = true });

        Assert.Contains("nergens.html", generated.Pages[site.ReportPage].Addresses);
    }

    [Fact]
    public void A_page_whose_writing_fails_half_way_is_no_template_error_and_its_links_are_still_checked()
    {
        using var site = TestSite.CopyOfRealReport();
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false };
        var diagnostics = new DiagnosticBag();
        var sink = new RecordingSink { FailAfter = 5_000 };
        var generated = SiteGenerator.Generate(options, diagnostics, sink);

        Assert.True(sink.Failed);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("baten-en-lasten", generated.Pages[site.ReportPage].Ids);
    }

    [Fact]
    public void The_links_that_event_pages_share_are_kept_once()
    {
        using var site = TestSite.CopyOfRealReport();
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false };
        var generated = SiteGenerator.Generate(options, new DiagnosticBag(), new MemorySink());

        var events = generated.Pages.Where(p => p.Key.Count(c => c == '/') == 3).Select(p => p.Value).ToList();
        Assert.True(events.Count > 10);
        var stylesheets = events.Select(l => l.Addresses.Single(a => a.EndsWith("assets/style.css", StringComparison.Ordinal))).ToList();
        Assert.All(stylesheets, s => Assert.Same(stylesheets[0], s));
    }

    /// <summary>Keeps whole pages, and how each streamed page arrived.</summary>
    private sealed class RecordingSink : ISiteSink
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, string> Pages { get; } = new(StringComparer.Ordinal);

        public System.Collections.Concurrent.ConcurrentDictionary<string, PieceWriter> Streamed { get; } = new(StringComparer.Ordinal);

        /// <summary>Does not run a streamed page's writing, as a sink does after a failure to write.</summary>
        public bool Refuse { get; init; }

        /// <summary>Makes writing a streamed page fail with an I/O error after this many characters, as a full disk does; the sink keeps the failure, as the build's does.</summary>
        public int? FailAfter { get; init; }

        public bool Failed { get; private set; }

        public void Write(string path, string text) => Pages[path] = text;

        public void Write(string path, Action<Stream> write)
        {
        }

        public void WritePage(string path, Action<TextWriter> write)
        {
            if (Refuse)
            {
                return;
            }

            try
            {
                write(Streamed[path] = new PieceWriter { FailAfter = FailAfter });
            }
            catch (IOException)
            {
                Failed = true;
            }
        }
    }

    /// <summary>Counts the pieces written and the longest.</summary>
    private sealed class PieceWriter : TextWriter
    {
        public System.Text.StringBuilder Text { get; } = new();

        public int Pieces { get; private set; }

        public int Longest { get; private set; }

        public int? FailAfter { get; init; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            if (Text.Length + buffer.Length > FailAfter)
            {
                throw new IOException("No space left on device");
            }

            Text.Append(buffer);
            Pieces++;
            Longest = Math.Max(Longest, buffer.Length);
        }
    }
}
