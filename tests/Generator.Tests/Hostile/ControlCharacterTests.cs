using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>Issue 9, point 6: control characters are reported where they are and never reach the output.</summary>
public class ControlCharacterTests
{
    public static TheoryData<char> Forbidden() =>
        ['\u0001', '\b', '\v', '\f', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F', '\uFFFE', '\uFFFF'];

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_control_character_in_a_file_is_an_error_at_its_line_and_column(char c)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Decode(Encoding.UTF8.GetBytes($"---\ntitle: Werk{c}bezoek\n---\nTekst.\n"), "input/2022/events/e.md", diagnostics);
        Assert.NotNull(text); // still read, so that its other problems show in the same build
        Assert.True(diagnostics.HasErrors);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ControlCharacter, error.Code);
        Assert.Equal(new SourceLocation("input/2022/events/e.md", 2, 12), error.Location);
        Assert.Contains($"U+{(int)c:X4}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_finds_exactly_the_forbidden_characters_wherever_they_stand()
    {
        // Every character of UTF-16, alone and after text of each kind the search may skip in one step (ASCII, Latin, CJK).
        var before = new string('a', 40) + new string('é', 40) + new string('中', 40) + "\t\n\r";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = before + (char)c + "é\u0090";
            var expected = Generator.Text.ControlCharacters.IsForbidden((char)c) ? before.Length : before.Length + 2;
            if (Generator.Text.ControlCharacters.IndexOf(text) != expected || Generator.Text.ControlCharacters.IndexOf(text, 5) != expected)
            {
                Assert.Fail($"U+{c:X4}: found at {Generator.Text.ControlCharacters.IndexOf(text)}, expected {expected}.");
            }
        }

        Assert.Equal(-1, Generator.Text.ControlCharacters.IndexOf(before));
        Assert.Equal(-1, Generator.Text.ControlCharacters.IndexOf("\u0001é", 1));
        Assert.Equal(-1, Generator.Text.ControlCharacters.IndexOf("\u0001", 1));
        Assert.Equal(3, Generator.Text.ControlCharacters.IndexOf("\uFFFF\u0085\u0001\uFFFE", 3));
    }

    [Fact]
    public void Every_control_character_of_a_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        TextFileReader.Decode(Encoding.UTF8.GetBytes("a\vb\n\u0085c\r\n\fd"), "x.md", diagnostics);
        Assert.Equal(["x.md(1,2): error RPT007", "x.md(2,1): error RPT007", "x.md(3,1): error RPT007"],
            diagnostics.ToSortedList().Select(d => d.ToString()[..d.ToString().IndexOf(": The", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("a\tb\n")]
    [InlineData("a\u00A0b\n")]
    [InlineData("a\u2028b\n")]
    [InlineData("a\u200Bb 🙂 \u202Eb\n")]
    public void Tabs_line_ends_and_other_unusual_characters_are_text(string text)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(text, TextFileReader.Decode(Encoding.UTF8.GetBytes(text), "x.md", diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("\\v")]
    [InlineData("\\x0b")]
    [InlineData("\\u000B")]
    [InlineData("\\0")]
    [InlineData("\\e")]
    [InlineData("\\N")]
    [InlineData("\\uFFFE")]
    public void A_control_character_made_by_a_YAML_escape_is_an_error_at_the_escape(string escape)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(EventReader.Read($"---\nmonth: maart\ntitle: \"Werk{escape}bezoek\"\n---\nTekst.\n", "input/2022/events/e.md", 2022, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.ControlCharacter, error.Code);
        Assert.Equal(new SourceLocation("input/2022/events/e.md", 3, 13), error.Location);

        // After other escapes, and on a later line of the value.
        diagnostics = new DiagnosticBag();
        EventReader.Read($"---\nmonth: maart\ntitle: \"\\\"Werk\\\"\n  be{escape}zoek\"\n---\nTekst.\n", "input/2022/events/e.md", 2022, diagnostics);
        Assert.Equal(new SourceLocation("input/2022/events/e.md", 4, 5), Assert.Single(diagnostics.ToSortedList()).Location);
    }

    [Fact]
    public void A_vertical_tab_pasted_into_a_text_fails_build_and_strict_check_and_reaches_no_file()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "Konden", "Kon\vden");

        foreach (var command in new[] { "build", "check" })
        {
            var result = site.Run(command, "--strict");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md(6,4): error RPT007: The text contains the invisible control character U+000B (vertical tab)", result.Output + result.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, site.OutputFingerprint());
    }

    [Theory]
    [InlineData("Een &#11; teken.", 1, 5, "'&#11;'")]
    [InlineData("Nog een *&#x1F;* teken.", 1, 10, "'&#x1F;'")]
    [InlineData("Tekst.\n\nEen &#127;.", 3, 5, "'&#127;'")]
    public void A_character_reference_to_a_control_character_is_an_error_at_the_reference(string body, int bodyLine, int column, string reference)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-x.md", "---\ntitle: Controle\ndate: 2022-08-01\n---\n" + body + "\n");
        var result = site.Build();
        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal(new SourceLocation("input/2022/events/2022-08-01-x.md", 4 + bodyLine, column), error.Location);
        Assert.Contains(reference, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_XML_and_JSON_file_a_build_writes_parses_even_with_unusual_characters()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "base_url: https://example.org/jaar/\nlanguage: nl");
        site.Write("input/2022/events/2022-08-01-tekens.md",
            "---\ntitle: \"Tekens <&> \\\" ' \\u2028 \u00A0 \u200B 🙂 \u202E عربى Київ\"\ndate: 2022-08-01\n---\n"
            + "Tab\there, &amp; &lt;b&gt; &#x2028; &#160; ]]> \u0000-vrij, `<![CDATA[`, \\u0000.\n".Replace("\u0000", "", StringComparison.Ordinal));
        site.BuildSuccessfully();

        var files = site.OutputFiles();
        Assert.Contains("feed.xml", files);
        Assert.Contains("sitemap.xml", files);
        Assert.Contains("events.json", files);
        foreach (var file in files)
        {
            var path = Path.Combine(site.Output, file);
            if (file.EndsWith(".xml", StringComparison.Ordinal))
            {
                XDocument.Load(path); // throws on anything that is not well-formed XML 1.0
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            }
        }

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value.StartsWith("Tekens <&> \" '", StringComparison.Ordinal));
    }
}
