using System.Diagnostics;
using System.Globalization;
using Generator.Serving;

namespace Generator.Benchmarks;

/// <summary>
/// Several years in one site: a clean build of Y years × M events with the full theme and open data, its cost per
/// event (which should stay flat as Y grows), and a preview rebuild after one event of one year changed, which must
/// render only that year's pages and the overview. Prints figures; asserts nothing about time.
/// </summary>
public static class YearsBenchmark
{
    public static int Run(int years, int events, string benchFolder)
    {
        var folder = Directory.CreateTempSubdirectory("years-bench-").FullName;
        try
        {
            Corpus.Write(events, folder, null, Path.Combine(benchFolder, "..", "..", "theme"), Path.Combine(benchFolder, "hugo-site"), years: years);
            var input = Path.Combine(folder, "input");
            var theme = Path.Combine(folder, "theme");
            var clock = Stopwatch.StartNew();
            var result = SiteBuilder.Build(new BuildOptions(input, theme, Path.Combine(folder, "output"), folder));
            var clean = clock.Elapsed.TotalMilliseconds;
            if (!result.Written)
            {
                Console.Error.WriteLine(string.Join("\n", result.Diagnostics.Take(10)));
                return 1;
            }

            var total = years * events;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clean build, {years} years x {events} events = {total} events, {result.PageCount} pages: {clean:0} ms, {clean * 1000 / total:0} µs per event"));

            var log = new StringWriter();
            var session = new PreviewSession(new BuildOptions(input, theme, Path.Combine(folder, "output"), folder) { WriteOutput = false }, log, Console.Error);
            session.Rebuild(null);
            var file = Directory.EnumerateFiles(Path.Combine(input, Corpus.LastYear.ToString(CultureInfo.InvariantCulture), "events")).Order(StringComparer.Ordinal).ElementAt(events / 2);
            File.AppendAllText(file, "\nEen zin erbij.\n");
            clock.Restart();
            session.Rebuild([file]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"preview rebuild after one event of {Corpus.LastYear} changed ({clock.Elapsed.TotalMilliseconds:0} ms; its year has {events + 1} pages): {log.ToString().Trim().Split('\n')[^1]}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
