using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Tests.Support;
using Markdig;

namespace Generator.Tests.Hostile;

/// <summary>
/// Over 200 known filter-evasion vectors (Fixtures/xss-vectors/), written into an event as Markdown links, autolinks,
/// images, reference definitions and raw HTML. Each must either be an error at its own line, or reach every output
/// file (the event's page, the report page, events.json, feed.xml) harmless, as AngleSharp reads it.
/// </summary>
public class FilterEvasionTests
{
    private const string EventFile = "input/2030/events/2030-02-01-eerste-gebeurtenis.md";
    private const string FrontMatter = "---\ntitle: Eerste gebeurtenis\ndate: 2030-02-01\n---\n";

    public static TheoryData<string> Forms { get; } = new("link", "autolink", "image", "reference", "raw HTML");

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_vector_is_an_error_at_its_line_or_harmless_in_every_output_file(string form)
    {
        var vectors = Vectors(form == "raw HTML" ? "html.txt" : "addresses.txt");
        var snippets = vectors.Select((v, i) => Snippet(form, v, i)).ToList();
        using var site = TestSite.FromFixture("minimal");
        if (form == "raw HTML")
        {
            site.Edit("input/site.yml", "language: nl", "language: nl\nallow_raw_html: true");
        }

        var (text, firstLines) = Body(snippets);
        site.Write(EventFile, text);
        var result = site.Build();

        // Every error is in the event file, on the line of a vector: the sanitiser's (or the reader's, for a control character).
        var flagged = new SortedSet<int>();
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal(EventFile, diagnostic.Location!.Path);
            var vector = Array.FindLastIndex(firstLines, line => line <= diagnostic.Location.Line);
            Assert.True(vector >= 0 && diagnostic.Location.Line < firstLines[vector] + LineCount(snippets[vector]), diagnostic.ToString());
            // An image must be a file inside input/, so an image's address is refused by the images' rules too (RPT7xx).
            Assert.True(diagnostic.Code is DiagnosticCodes.UnsafeLink or DiagnosticCodes.ControlCharacter || vectors[vector].Any(char.IsControl)
                || (form == "image" && diagnostic.Code.StartsWith("RPT7", StringComparison.Ordinal)), diagnostic.ToString());
            Assert.True(diagnostic.Location.Column >= 1);
            flagged.Add(vector);
        }

        // Whatever Markdig alone would turn into a dangerous element is reported, each at its own line.
        var pipeline = form == "raw HTML"
            ? new MarkdownPipelineBuilder().UsePipeTables().Build()
            : new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
        var dangerous = Enumerable.Range(0, vectors.Count).Where(i => OutputSafety.Problems(Markdown.ToHtml(snippets[i], pipeline)).Count > 0).ToList();
        Assert.NotEmpty(dangerous);
        Assert.All(dangerous, i => Assert.True(flagged.Contains(i), $"not reported: {vectors[i]}"));
        Assert.False(result.Written);
        if (form == "image")
        {
            // No address of the corpus is a file inside input/: every vector that Markdig makes an image of is refused.
            var images = Enumerable.Range(0, vectors.Count).Where(i => Markdown.ToHtml(snippets[i], pipeline).Contains("<img", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(images);
            Assert.All(images, i => Assert.True(flagged.Contains(i), $"not reported: {vectors[i]}"));
            return;
        }

        // Without the reported vectors the text is accepted, and nothing dangerous reaches any file of the site. (Generated
        // as the preview does, without the link check, which rightly refuses the harmless relative addresses that lead nowhere.)
        var kept = Enumerable.Range(0, vectors.Count).Where(i => !flagged.Contains(i)).Select(i => snippets[i]).ToList();
        Assert.NotEmpty(kept);
        site.Write(EventFile, Body(kept).Text);
        var output = GenerateAll(site);
        Assert.Empty(OutputSafety.InSite(output));
        var page = File.ReadAllText(Path.Combine(output, "2030/02/eerste-gebeurtenis/index.html"));
        Assert.Contains("href=\"https://example.org", page, StringComparison.Ordinal);
    }

    /// <summary>Every file of the site generated in memory (pages and data files), written to a folder; fails on any error.</summary>
    private static string GenerateAll(TestSite site)
    {
        var diagnostics = new DiagnosticBag();
        var sink = new Generator.Serving.MemorySink();
        SiteGenerator.Generate(new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false }, diagnostics, sink);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var folder = Path.Combine(site.Root, "generated");
        foreach (var (path, content) in sink.Pages.Concat(sink.Data.Select(d => KeyValuePair.Create(d.Key, d.Value.Value))))
        {
            site.Write("generated/" + path, content);
        }

        Assert.Contains(DataFilesNames, name => File.Exists(Path.Combine(folder, name)));
        return folder;
    }

    private static readonly string[] DataFilesNames = ["events.json", "feed.xml"];

    [Fact]
    public void Raw_HTML_vectors_are_text_when_the_site_does_not_allow_raw_HTML_and_every_output_file_is_harmless()
    {
        var vectors = Vectors("html.txt");
        using var site = TestSite.FromFixture("minimal");
        // A vector with a control character, typed or as a character reference, is an error (RPT007, see ControlCharacterTests).
        site.Write(EventFile, Body(vectors.Where(v => Generator.Text.ControlCharacters.IndexOf(System.Net.WebUtility.HtmlDecode(v)) < 0).Select((v, i) => Snippet("raw HTML", v, i)).ToList()).Text);
        site.BuildSuccessfully();

        Assert.Empty(OutputSafety.InSite(site.Output));
        var text = site.Page("2030/02/eerste-gebeurtenis/index.html").QuerySelector("main")!.TextContent;
        Assert.Contains("<IMG SRC=\"javascript:alert('XSS');\">", text, StringComparison.Ordinal);
        Assert.Contains("<svg/onload=alert('XSS')>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_has_over_a_hundred_vectors_of_each_kind() =>
        Assert.All(new[] { "addresses.txt", "html.txt" }, file => Assert.True(Vectors(file).Count >= 100, file));

    /// <summary>The vector in the given form, each in a paragraph (and reference) of its own.</summary>
    private static string Snippet(string form, string vector, int index)
    {
        var plain = !vector.Any(c => c is ' ' or '<' or '>' or '(' or ')' || char.IsControl(c) || char.IsWhiteSpace(c));
        var destination = plain ? vector : "<" + vector + ">";
        return form switch
        {
            "link" => $"Zie [de link]({destination}).",
            "autolink" => $"Zie <{vector}>.",
            "image" => $"Zie ![een plaatje]({destination}).",
            "reference" => $"Zie [de link][v{index}].\n\n[v{index}]: {destination}",
            _ => vector,
        };
    }

    /// <summary>The event file, and the line each snippet starts on.</summary>
    private static (string Text, int[] FirstLines) Body(IReadOnlyList<string> snippets)
    {
        var text = new StringBuilder(FrontMatter);
        var line = LineCount(FrontMatter) + 1;
        var firstLines = new int[snippets.Count];
        for (var i = 0; i < snippets.Count; i++)
        {
            firstLines[i] = line;
            text.Append(snippets[i]).Append("\n\n");
            line += LineCount(snippets[i]) + 1;
        }

        return (text.ToString(), firstLines);
    }

    private static int LineCount(string text) => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);

    private static List<string> Vectors(string file) =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Fixtures, "xss-vectors", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(Unescape)];

    /// <summary>\t, \n, \r, \xHH and \uHHHH stand for that character; any other backslash is literal.</summary>
    private static string Unescape(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            int Hex(int at, int length) => at + length <= line.Length && line.AsSpan(at, length).ContainsAnyExcept("0123456789abcdefABCDEF") is false
                ? int.Parse(line.AsSpan(at, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : -1;
            if (line[i] != '\\')
            {
                text.Append(line[i]);
            }
            else if (next is 't' or 'n' or 'r')
            {
                text.Append(next switch { 't' => '\t', 'n' => '\n', _ => '\r' });
                i++;
            }
            else if (next == 'x' && Hex(i + 2, 2) is >= 0 and var x)
            {
                text.Append((char)x);
                i += 3;
            }
            else if (next == 'u' && Hex(i + 2, 4) is >= 0 and var u)
            {
                text.Append((char)u);
                i += 5;
            }
            else
            {
                text.Append('\\');
            }
        }

        return text.ToString();
    }
}
