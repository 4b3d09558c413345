using System.Text;
using CsCheck;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>
/// Random and mutated inputs: the result is always output or located diagnostics, never an exception or a hang.
/// The seed is fixed so CI is repeatable; FUZZ_ITERATIONS=100000 runs it longer (see the README).
/// </summary>
public class FuzzTests
{
    private static readonly string Seed = new PCG(7, 20221231).ToString();

    private static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : normal;

    private static readonly Gen<string> FrontMatterish = Gen.OneOf(
        Gen.String[0, 400],
        Gen.Char["-\n\r:[]{}&*!|>'\"#% \tabcdeëï0123456789"].Array[0, 400].Select(c => new string(c)),
        Gen.Char["-\n: abc"].Array[0, 60].Select(c => "---\n" + new string(c) + "\n---\n"));

    [Fact]
    public void The_readers_turn_any_text_into_a_record_or_diagnostics()
    {
        FrontMatterish.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var parts = FrontMatterSplitter.Split(text, "x.md", diagnostics);
            Assert.True(parts is not null || diagnostics.HasErrors);
            var e = EventReader.Read(text, "x.md", 2022, diagnostics);
            Assert.True(e is not null || diagnostics.HasErrors);
            SectionReader.Read(text, "x.md", diagnostics);
            SiteReader.Read(text, "site.yml", diagnostics);
            FinanceReader.Read(text, "finance.yml", diagnostics);
            Assert.All(diagnostics.ToSortedList(), d => Assert.True(d.Location is null || d.Location.Line >= 1 && d.Location.Column >= 1));
        }, seed: Seed, iter: Iterations(2000), threads: 1);
    }

    [Fact]
    public void Decoding_any_bytes_gives_text_or_a_diagnostic()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var diagnostics = new DiagnosticBag();
            var text = TextFileReader.Decode(bytes, "x.md", diagnostics);
            // Text with errors only when those are control characters, read on so the file's other problems show too.
            Assert.True(text is not null ^ diagnostics.HasErrors
                || (text is not null && diagnostics.ToSortedList().All(d => d.Code == DiagnosticCodes.ControlCharacter)));
        }, seed: Seed, iter: Iterations(2000), threads: 1);
    }

    [Fact]
    public void A_build_of_mutated_event_and_finance_files_publishes_everything_or_nothing_and_says_where()
    {
        using var site = TestSite.CopyOfRealReport();
        const string eventPath = "input/2022/events/2022-06-28-lancering-advocatenportaal.md";
        var originalEvent = Encoding.UTF8.GetBytes(site.Read(eventPath));
        var originalFinance = Encoding.UTF8.GetBytes(site.Read("input/2022/finance.yml"));
        // Mostly printable bytes, so that many mutations still build and both outcomes are exercised.
        var value = Gen.OneOf(Gen.Byte, Gen.Byte[32, 126], Gen.Byte[32, 126]);
        var mutation = Gen.Select(Gen.Int[0, 1], Gen.Int[1, 8].SelectMany(n => Gen.Select(Gen.Int[0, int.MaxValue], value, Gen.Int[0, 2]).Array[n]));
        var diagnosticLine = new System.Text.RegularExpressions.Regex(@"^(?<path>[^()]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) RPT\d{3}: \S.*$");
        var outcomes = new int[2];

        mutation.Sample((which, edits) =>
        {
            var original = which == 0 ? originalEvent : originalFinance;
            var bytes = new List<byte>(original);
            foreach (var (position, value, kind) in edits)
            {
                var at = position % (bytes.Count + 1);
                if (kind == 0 && at < bytes.Count)
                {
                    bytes[at] = value;
                }
                else if (kind == 1)
                {
                    bytes.Insert(at, value);
                }
                else if (at < bytes.Count)
                {
                    bytes.RemoveAt(at);
                }
            }

            site.WriteBytes(eventPath, which == 0 ? [.. bytes] : originalEvent);
            site.WriteBytes("input/2022/finance.yml", which == 1 ? [.. bytes] : originalFinance);
            var before = Directory.Exists(site.Output) ? site.OutputFingerprint() : null;
            var result = Support.Cli.RunInProcess("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);

            // Exit 0 with a complete site, or exit 1 with the output as it was: never an internal error (exit 2).
            Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Error}");
            outcomes[result.ExitCode]++;
            var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var problems = lines.Where(l => !l.StartsWith("Build failed with ", StringComparison.Ordinal)).ToList();
            if (result.ExitCode == 0)
            {
                Assert.All(problems, l => Assert.Contains(": warning RPT", l, StringComparison.Ordinal));
                Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
                return;
            }

            Assert.Equal(before, Directory.Exists(site.Output) ? site.OutputFingerprint() : null);
            Assert.Contains(problems, l => l.Contains(": error RPT", StringComparison.Ordinal));

            // Every problem names a file of the input, and a line that file has, and a column.
            foreach (var line in problems)
            {
                var match = diagnosticLine.Match(line);
                Assert.True(match.Success, "Not a located diagnostic: " + line);
                var file = Path.GetFullPath(match.Groups["path"].Value, Support.Cli.DefaultFolder);
                Assert.True(File.Exists(file), "No such file: " + line);
                Assert.StartsWith(site.Input, file, StringComparison.Ordinal);
                var fileLines = File.ReadAllBytes(file).Count(b => b == (byte)'\n') + 1;
                Assert.InRange(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, fileLines);
                Assert.True(int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, line);
            }
        }, seed: Seed, iter: Iterations(40), threads: 1);

        // The mutations must reach both outcomes, or the properties above were not all exercised.
        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"builds: {outcomes[0]} succeeded, {outcomes[1]} failed");
    }
}
