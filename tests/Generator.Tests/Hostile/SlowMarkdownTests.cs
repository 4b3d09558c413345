using System.Text;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>
/// Markdown that Markdig would take long over (time growing with the square of its size) is refused before it is parsed,
/// at an attacker's size (up to the 1 MB a text may be), with an error at the line and column, and the build finishes.
/// </summary>
public class SlowMarkdownTests
{
    private const string Event = "input/2022/events/2022-04-01-test.md";
    private const string Section = "input/2022/sections/zz-diep.md";
    private const int BodyLine = 5;

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>Each hostile body, the code and the 1-based line and column of the error (the body starts on line 5).</summary>
    public static TheoryData<string, string, string, int, int> Bodies => new()
    {
        // The example: 200,000 list markers on one line took 18–28 s.
        { "list markers", Repeat("- ", 200_000) + "x", DiagnosticCodes.NestedTooDeep, BodyLine, (2 * MarkdownLimits.MaxNesting) + 1 },
        { "ordered list markers", Repeat("1. ", 300_000) + "x", DiagnosticCodes.NestedTooDeep, BodyLine, (3 * MarkdownLimits.MaxNesting) + 1 },
        { "block quotes", Repeat(">", 900_000) + " x", DiagnosticCodes.NestedTooDeep, BodyLine, MarkdownLimits.MaxNesting + 1 },
        { "block quotes in lists", "Tekst.\n\n" + Repeat("> - ", 200_000) + "x", DiagnosticCodes.NestedTooDeep, BodyLine + 2, (2 * MarkdownLimits.MaxNesting) + 1 },
        { "open brackets", Repeat("[", 900_000), DiagnosticCodes.NestedTooDeep, BodyLine, MarkdownLimits.MaxNesting + 1 },
        { "open brackets in short words", Repeat(Repeat("a <![CDATA[", 90) + "\n", 1000), DiagnosticCodes.NestedTooDeep, BodyLine, (11 * (MarkdownLimits.MaxNesting / 2)) + 5 },
        // 1 MB of unclosed links took more than a minute, 99,000 characters of them 15 s.
        { "unclosed links", Repeat("[a](", 250_000), DiagnosticCodes.WordTooLong, BodyLine, 1 },
        { "unclosed links in long words", "Tekst.\n\n" + Repeat(Repeat("[a](", 300) + " ", 800), DiagnosticCodes.WordTooLong, BodyLine + 2, 1 },
        { "unclosed link titles", Repeat("[a](x (", 140_000), DiagnosticCodes.ParagraphTooLong, BodyLine, 1 },
        { "a long paragraph", Repeat("woord ", 10_000) + "\n" + Repeat("woord ", 10_000), DiagnosticCodes.ParagraphTooLong, BodyLine, 1 },
        // Short paragraphs full of emphasis marks took 25 s for 1 MB.
        { "emphasis marks", Repeat(Repeat("*a ", MarkdownLimits.MaxEmphasisMarks + 1) + "\n\n", 600), DiagnosticCodes.ParagraphTooLong, BodyLine, 1 },
        { "strong and struck marks", "Tekst.\n\n" + Repeat(Repeat("**a~~", 120) + "\n", 1500), DiagnosticCodes.ParagraphTooLong, BodyLine + 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_hostile_event_text_is_refused_at_its_place_and_the_build_finishes(string kind, string body, string code, int line, int column)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Event, $"---\ntitle: Diep\ndate: 2022-04-01\n---\n{body}\n");
        await AssertRefused(site, Event, kind, code, line, column);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_hostile_chapter_text_is_refused_at_its_place_and_the_build_finishes(string kind, string body, string code, int line, int column)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Section, $"---\ntitle: Diep\norder: 99\n---\n{body}\n");
        await AssertRefused(site, Section, kind, code, line, column);
    }

    private static async Task AssertRefused(TestSite site, string file, string kind, string code, int line, int column)
    {
        // Generous: a build of the real report takes about a second; these took from 18 s to minutes before.
        var build = Task.Run(() => site.Build());
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(1))) == build, $"Building a text of {kind} did not finish in a minute.");
        var result = await build;

        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(new SourceLocation(file, line, column), error.Location);
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Code, new[] { DiagnosticCodes.NestedTooDeep, DiagnosticCodes.ParagraphTooLong, DiagnosticCodes.WordTooLong }));
    }

    /// <summary>Text up to each limit, and what only looks like it, is read as it is.</summary>
    [Theory]
    [InlineData("list markers up to the limit")]
    [InlineData("block quotes up to the limit")]
    [InlineData("a horizontal rule of many dashes")]
    [InlineData("escaped brackets")]
    [InlineData("closed brackets")]
    [InlineData("paragraphs up to the limit")]
    [InlineData("a long address")]
    [InlineData("escaped emphasis marks")]
    public void Text_within_the_limits_is_accepted(string kind)
    {
        var body = kind switch
        {
            "list markers up to the limit" => Repeat("- ", MarkdownLimits.MaxNesting) + "x\n",
            "block quotes up to the limit" => Repeat("> ", MarkdownLimits.MaxNesting) + "x\n",
            "a horizontal rule of many dashes" => "Tekst.\n\n" + Repeat("- ", 200) + "\n",
            "escaped brackets" => Repeat("\\[ ", 1000) + "\n",
            "closed brackets" => Repeat("[a] ", 200) + "\n",
            "paragraphs up to the limit" => Repeat(Repeat("woord ", (MarkdownLimits.MaxParagraphLength / 6) - 1) + "\n\n", 40),
            "a long address" => "[link](https://example.org/" + new string('a', MarkdownLimits.MaxWordLength - 28) + ")\n",
            "escaped emphasis marks" => Repeat("\\*a ", 2000) + "\n",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var diagnostics = new DiagnosticBag();
        Assert.True(MarkdownLimits.Check(body, "x.md", BodyLine, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    /// <summary>Where a limit is passed, exactly: the first word too long after shorter ones, the mark or bracket one too many.</summary>
    [Theory]
    [InlineData("a word too long after others", DiagnosticCodes.WordTooLong, 0, 12)]
    [InlineData("a word too long after a no-break space", DiagnosticCodes.WordTooLong, 0, 7)]
    [InlineData("a word too long at the end of a long line", DiagnosticCodes.WordTooLong, 0, 1_207)]
    [InlineData("a word too long on the second line", DiagnosticCodes.WordTooLong, 1, 3)]
    [InlineData("one emphasis mark too many after escaped ones", DiagnosticCodes.ParagraphTooLong, 0, 1)]
    [InlineData("one bracket too many after escaped and closed ones", DiagnosticCodes.NestedTooDeep, 0, 900 + 1_200 + 2 + 33)]
    [InlineData("one parenthesis too many", DiagnosticCodes.NestedTooDeep, 0, 3 + 33)]
    public void A_limit_is_passed_at_its_exact_place(string kind, string code, int line, int column)
    {
        var body = kind switch
        {
            "a word too long after others" => "Een paar w " + new string('a', MarkdownLimits.MaxWordLength + 1) + " eind\n",
            "a word too long after a no-break space" => "Tekst\u00A0" + new string('a', MarkdownLimits.MaxWordLength + 1) + "\n",
            "a word too long at the end of a long line" => Repeat("woord ", 201) + new string('a', MarkdownLimits.MaxWordLength + 1),
            "a word too long on the second line" => "Tekst\n\t " + new string('a', MarkdownLimits.MaxWordLength) + "b\n",
            "one emphasis mark too many after escaped ones" => Repeat("\\* ", 600) + Repeat("*a ", MarkdownLimits.MaxEmphasisMarks) + "\n" + "_b\n",
            "one bracket too many after escaped and closed ones" => Repeat("\\[ ", 300) + Repeat("[a] ", 300) + "x " + Repeat("[", MarkdownLimits.MaxNesting + 1) + "\n",
            "one parenthesis too many" => "a ]" + Repeat("(", MarkdownLimits.MaxNesting + 1) + "\n",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var diagnostics = new DiagnosticBag();
        Assert.False(MarkdownLimits.Check(body, "x.md", BodyLine, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((code, BodyLine + line, column), (error.Code, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Emphasis_marks_up_to_the_limit_and_words_up_to_the_limit_are_accepted()
    {
        var body = Repeat("*a ", MarkdownLimits.MaxEmphasisMarks) + "\\_\n\n" + Repeat(new string('a', MarkdownLimits.MaxWordLength) + "\u2003", 3) + "\n";
        var diagnostics = new DiagnosticBag();
        Assert.True(MarkdownLimits.Check(body, "x.md", BodyLine, diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Every_limit_of_a_text_is_reported_at_once()
    {
        var diagnostics = new DiagnosticBag();
        var body = Repeat("- ", 40) + "x\n\n" + Repeat("woord ", 4000) + "\n\n" + new string('a', 2000) + "\n";
        Assert.False(MarkdownLimits.Check(body, "x.md", BodyLine, diagnostics));
        Assert.Equal(
            [(DiagnosticCodes.NestedTooDeep, BodyLine, 65), (DiagnosticCodes.ParagraphTooLong, BodyLine + 2, 1), (DiagnosticCodes.WordTooLong, BodyLine + 4, 1)],
            diagnostics.ToSortedList().Select(d => (d.Code, d.Location!.Line, d.Location.Column)));
    }
}
