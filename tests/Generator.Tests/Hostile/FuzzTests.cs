using System.Text;
using CsCheck;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>
/// Random and mutated inputs: the result is always output or diagnostics, never an exception or a hang.
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
            Assert.True(text is not null ^ diagnostics.HasErrors);
        }, seed: Seed, iter: Iterations(2000), threads: 1);
    }

    [Fact]
    public void The_whole_build_survives_mutated_event_and_finance_files()
    {
        using var site = TestSite.CopyOfRealReport();
        const string eventPath = "input/events/2022-06-28-lancering-advocatenportaal.md";
        var originalEvent = Encoding.UTF8.GetBytes(site.Read(eventPath));
        var originalFinance = Encoding.UTF8.GetBytes(site.Read("input/finance.yml"));
        var mutation = Gen.Select(Gen.Int[0, 1], Gen.Int[1, 8].SelectMany(n => Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[0, 2]).Array[n]));

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

            site.WriteBytes(which == 0 ? eventPath : "input/finance.yml", [.. bytes]);
            var result = site.Build();
            Assert.True(result.Written || result.HasErrors, string.Join("\n", result.Diagnostics));
        }, seed: Seed, iter: Iterations(40), threads: 1);
    }
}
