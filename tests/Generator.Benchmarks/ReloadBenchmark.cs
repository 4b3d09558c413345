using System.Diagnostics;
using System.Globalization;
using Generator.Serving;

namespace Generator.Benchmarks;

/// <summary>
/// The preview's promise: after one event file of a large site is saved, the open page hears of the new build
/// quickly. Measured from the file's write to the reload event on a real server's event stream.
/// </summary>
public static class ReloadBenchmark
{
    public static int Run(int events, string benchFolder)
    {
        var folder = Directory.CreateTempSubdirectory("reload-bench-").FullName;
        try
        {
            Corpus.Write(events, folder, null, Path.Combine(benchFolder, "..", "..", "theme"), Path.Combine(benchFolder, "hugo-site"));
            var options = new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), Path.Combine(folder, "output")) { WriteOutput = false, IncludeDrafts = true };
            var log = new StringWriter();
            var server = PreviewServer.StartAsync(options, 0, TextWriter.Synchronized(log), Console.Error).GetAwaiter().GetResult();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };
            using var stream = http.GetStreamAsync(ReloadScript.EventsPath.TrimStart('/')).GetAwaiter().GetResult();
            using var reader = new StreamReader(stream);
            NextBuild(reader);

            var file = Directory.EnumerateFiles(Path.Combine(folder, "input", Corpus.LastYear.ToString(CultureInfo.InvariantCulture), "events")).Order(StringComparer.Ordinal).ElementAt(events / 2);
            var samples = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var text = File.ReadAllText(file) + $"\nWijziging {i}.\n";
                var clock = Stopwatch.StartNew();
                File.WriteAllText(file, text);
                NextBuild(reader);
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }

            samples.Sort();
            Console.WriteLine("  the preview's last rebuild: " + log.ToString().Trim().Split('\n')[^1] + " "
                + string.Join(", ", server.Session.LastTimings.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Time.TotalMilliseconds:0} ms"))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reload after one saved file, {events} events (full theme): median {samples[samples.Count / 2]:0} ms, best {samples[0]:0} ms, worst {samples[^1]:0} ms (includes the 15 ms quiet period that merges bursts of saves)"));
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void NextBuild(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return;
            }
        }
    }
}
