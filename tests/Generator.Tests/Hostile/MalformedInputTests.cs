using System.Text;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>Broken and absurd files get a clear diagnostic in bounded time and memory, or are handled where legitimate.</summary>
public class MalformedInputTests
{
    private const string Event = "input/2022/events/2022-04-01-test.md";

    private static Diagnostic SingleProblem(TestSite site)
    {
        var result = site.Build();
        Assert.False(Directory.Exists(site.Output));
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public async Task A_YAML_alias_bomb_is_refused_without_expanding_it()
    {
        using var site = TestSite.CopyOfRealReport();
        var bomb = new StringBuilder("---\ntitle: Bom\ndate: 2022-04-01\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            bomb.Append((char)('a' + i)).Append(": &").Append((char)('a' + i)).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))).Append("]\n");
        }

        site.Write(Event, bomb.Append("---\nTekst.\n").ToString());

        // Read once, the bomb is a few dozen nodes (well under a second); expanded, 9^10 of them (a quarter of an hour).
        var build = Task.Run(() => site.Build());
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build, "Reading the alias bomb did not finish in a minute: its aliases are being expanded.");
        var result = await build;

        // Refused at its anchors and aliases (RPT024), at most 20 of them: one mistake, not hundreds of errors.
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(20, errors.Count);
        Assert.All(errors, d => Assert.Equal(DiagnosticCodes.YamlReference, d.Code));
        Assert.Equal(new SourceLocation(Event, 4, 4), errors[0].Location);
        Assert.False(result.Written);
    }

    [Fact]
    public void Very_deep_YAML_nesting_is_an_error_not_a_crash()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Event, "---\ntitle: Diep\ndate: 2022-04-01\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\nTekst.\n");
        var error = SingleProblem(site);
        Assert.Equal(DiagnosticCodes.NestedTooDeep, error.Code);
        Assert.Equal(4, error.Location!.Line);
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        using var site = TestSite.CopyOfRealReport();
        using (var file = File.Create(Path.Combine(site.Root, Event)))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var error = SingleProblem(site);
        Assert.Equal(DiagnosticCodes.FileTooLarge, error.Code);
        Assert.Contains("The file is 50.0 MB; a text or settings file may be at most 1 MB.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_title_builds_with_an_address_of_sensible_length_and_a_longer_one_is_refused()
    {
        using var site = TestSite.CopyOfRealReport();
        var title = string.Join(' ', Enumerable.Repeat("heel", 40)); // 199 characters, within the 200 of a heading
        site.Write(Event, $"---\ntitle: {title}\ndate: 2022-04-01\n---\nTekst.\n");
        site.BuildSuccessfully();
        var folder = Directory.GetDirectories(Path.Combine(site.Output, "2022", "04")).Single(d => Path.GetFileName(d).StartsWith("heel", StringComparison.Ordinal));
        Assert.True(Path.GetFileName(folder).Length <= 80);
        Assert.Equal(title, site.Page(Path.GetRelativePath(site.Output, folder) + "/index.html").QuerySelector("main h1")!.TextContent);

        site.Write(Event, $"---\ntitle: {string.Join(' ', Enumerable.Repeat("heel", 2000))}\ndate: 2022-04-01\n---\nTekst.\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("RPT115", error.Code);
        Assert.Equal(new Generator.Diagnostics.SourceLocation(Event, 2, 8), error.Location);
    }

    [Theory]
    [InlineData("", "RPT010")]
    [InlineData("---", "RPT011")]
    [InlineData("---\n---\n", "RPT101")]
    [InlineData("\0\u0001\u0002binary", "RPT002")]
    [InlineData("---\ntitle: a\ntitle: b\ndate: 2022-04-01\n---\nx\n", "RPT015")]
    public void Empty_unclosed_binary_and_duplicate_key_files_get_a_clear_diagnostic(string content, string code)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Event, content);
        var errors = site.Build().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(code, errors[0].Code);
        Assert.All(errors, e => Assert.Equal(Event, e.Location!.Path));
    }

    [Fact]
    public void Random_bytes_are_reported_as_not_UTF8()
    {
        using var site = TestSite.CopyOfRealReport();
        var bytes = new byte[4096];
        new Random(2022).NextBytes(bytes);
        site.WriteBytes(Event, bytes);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, SingleProblem(site).Code);
    }

    [Fact]
    public void A_duplicate_key_in_finance_yml_is_an_error_at_its_line()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "unit: 1000", "unit: 1000\nunit: 1");
        var error = SingleProblem(site);
        Assert.Equal(DiagnosticCodes.DuplicateKey, error.Code);
        Assert.Equal(new SourceLocation("input/2022/finance.yml", 8, 1), error.Location);
    }

    [Theory]
    [InlineData("\uFEFF---\r\ntitle: Windows\r\ndate: 2022-04-01\r\n---\r\nRegel een\r\nregel twee.\r\n")]
    [InlineData("---\rtitle: Windows\rdate: 2022-04-01\r---\rRegel een\rregel twee.\r")]
    public void BOM_CRLF_and_CR_files_are_read_like_any_other(string content)
    {
        using var site = TestSite.CopyOfRealReport();
        site.WriteBytes(Event, Encoding.UTF8.GetBytes(content));
        site.BuildSuccessfully();
        Assert.Equal("Regel een\nregel twee.", site.Page("2022/04/windows/index.html").QuerySelector("article p:not(.date)")!.TextContent);
    }
}
