using System.Diagnostics;
using System.Globalization;
using Generator.Benchmarks;
using Generator.Tests.Support;
using Xunit.Abstractions;

namespace Generator.Tests.Writing;

/// <summary>
/// The real command line, killed with SIGKILL at random moments while it stages and swaps a site of a few thousand
/// events: afterwards the output folder is byte for byte the old site or the new one, and the next build sweeps
/// what the killed ones left.
/// </summary>
public class CrashTests(ITestOutputHelper log)
{
    private const int Events = 2_000;
    private const int Kills = 50;

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_never_a_mix()
    {
        var root = Directory.CreateTempSubdirectory("crash-test-").FullName;
        try
        {
            Corpus.Write(Events, root, null, RepositoryPaths.Theme, "");
            var output = Path.Combine(root, "output");

            // Three versions of the input, built in turn, so the staging folder (which holds the site before last)
            // always needs work: the report's title differs, so every page changes, and one event's title, so its
            // page moves (one file removed, one added).
            var changed = Directory.GetFiles(Path.Combine(root, "input", "2024", "events")).Order(StringComparer.Ordinal).ElementAt(Events / 2);
            var settings = Path.Combine(root, "input", "2024", "report.yml");
            var (eventText, settingsText) = (File.ReadAllText(changed), File.ReadAllText(settings));
            void Use(int version)
            {
                File.WriteAllText(changed, eventText.Replace("title: \"", $"title: \"Versie {version}: ", StringComparison.Ordinal));
                File.WriteAllText(settings, settingsText.Replace("title: Jaarverslag 2024", $"title: Jaarverslag 2024, versie {version}", StringComparison.Ordinal));
            }

            const int Versions = 3;
            var sites = new IReadOnlyDictionary<string, string>[Versions];
            var (whole, writing) = (TimeSpan.Zero, TimeSpan.Zero);
            for (var version = 0; version < Versions; version++)
            {
                Use(version);
                (whole, writing) = Calibrate(root);
                sites[version] = Fingerprint(output);
            }

            Assert.NotEqual(sites[0].Keys.Order(StringComparer.Ordinal), sites[1].Keys.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(sites[0], file => sites[1].GetValueOrDefault(file.Key) == file.Value && file.Key.EndsWith(".html", StringComparison.Ordinal));
            log.WriteLine($"A rebuild takes {whole.TotalSeconds:0.00} s, of which writing (staging and the swap) {writing.TotalSeconds:0.00} s.");

            var random = new Random(11);
            var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = Versions - 1;
            var kills = 0;
            for (var run = 0; kills < Kills && run < Kills * 3; run++)
            {
                var next = (current + 1) % Versions;
                Use(next);

                // Half of the kills land around the writing, at the end of the build, half at any moment. A build
                // that finishes first tells how long builds take now (the machine's load varies).
                var delay = run % 2 == 0
                    ? whole * random.NextDouble()
                    : TimeSpan.FromTicks(Math.Max(0, (whole - (writing * 2) + (writing * 2.5 * random.NextDouble())).Ticks));
                var clock = Stopwatch.StartNew();
                using var process = Start(root);
                var killed = Kill(process, delay);
                if (killed)
                {
                    kills++;
                }
                else
                {
                    (whole, writing) = (clock.Elapsed, writing * (clock.Elapsed / whole));
                }

                var after = Fingerprint(output);
                var state = Same(after, sites[next]) ? "new" : Same(after, sites[current]) ? "old" : null;
                Assert.True(state is not null, $"After a kill {delay.TotalMilliseconds:0} ms after the start, output/ is neither the old site nor the new one.");
                var key = $"{(killed ? "killed" : "finished")}, {state}";
                if (killed && state == "old")
                {
                    // Where in the build it died: before staging, half-way through it, or with the new site staged.
                    var staged = Fingerprint(Path.Combine(root, ".output.staging"));
                    key += Same(staged, sites[next]) ? ", new site staged" : Same(staged, sites[(next + 1) % Versions]) ? ", staging untouched" : ", half-staged";
                }

                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
                current = state == "new" ? next : current;
            }

            log.WriteLine(string.Join("; ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
            Assert.Equal(Kills, kills);
            Assert.True(outcomes.GetValueOrDefault("killed, old, half-staged") >= Kills / 5, "Too few kills fell while the staging folder was being written.");
            Assert.True(outcomes.GetValueOrDefault("killed, new") + outcomes.GetValueOrDefault("finished, new") >= 1, "No build got to the swap.");

            // The next build completes, and reuses what the killed ones left in the staging folder.
            Use((current + 1) % Versions);
            var final = Support.Cli.Run(root, "build");
            Assert.True(final.ExitCode == 0, final.Error);
            Assert.True(Same(Fingerprint(output), sites[(current + 1) % Versions]));
            Assert.Equal([".output.lock", ".output.staging", "input", "output", "theme"], Directory.GetFileSystemEntries(root).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Builds to the end; returns how long the whole build took and how long its writing took.</summary>
    private static (TimeSpan Whole, TimeSpan Writing) Calibrate(string root)
    {
        var clock = Stopwatch.StartNew();
        var lines = new List<string>();
        using var process = Start(root, "--timings", lines);
        process.WaitForExit();
        var whole = clock.Elapsed;
        Assert.Equal(0, process.ExitCode);
        var writing = lines.Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Single(w => w.Length == 3 && w[0] == "writing")[1];
        return (whole, TimeSpan.FromMilliseconds(double.Parse(writing, CultureInfo.InvariantCulture)));
    }

    private static Process Start(string root, string? option = null, List<string>? lines = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Generator.dll"), "build", option })
        {
            if (arg is not null)
            {
                start.ArgumentList.Add(arg);
            }
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } data && lines is not null)
            {
                lock (lines)
                {
                    lines.Add(data);
                }
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Sends SIGKILL after the delay, unless the build finished first; true when it was killed.</summary>
    private static bool Kill(Process process, TimeSpan delay)
    {
        var finished = process.WaitForExit(delay);
        if (!finished)
        {
            process.Kill();
        }

        process.WaitForExit();
        return !finished;
    }

    private static IReadOnlyDictionary<string, string> Fingerprint(string output) =>
        Directory.Exists(output) ? TestSite.FingerprintOf(output) : new Dictionary<string, string>();

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(file => b.TryGetValue(file.Key, out var hash) && hash == file.Value);
}
