using System.Globalization;
using BenchmarkDotNet.Running;

namespace Generator.Benchmarks;

/// <summary>
/// corpus N OUT [HUGO_OUT] : writes the synthetic report (and the same events as a Hugo site), like for like
/// corpus-full N OUT [HUGO]: the same events with our full theme and open data (what a user gets)
/// stages                  : BenchmarkDotNet figures per stage (reading, Markdown, templates, writing)
/// reload [N]              : time from saving one event file to the preview's reload event
/// years Y M              : a clean build of Y years × M events (full theme, open data), its cost per event, and a preview rebuild after one event changed
/// photos N OUT            : the report with N events, each with its own 4,000 × 3,000 photo
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var benchFolder = BenchFolder();
        switch (args.FirstOrDefault())
        {
            case "corpus" when args.Length >= 3:
                // Like for like with the Hugo site: the same pages, and no data files or feeds (it has none).
                Corpus.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args.Length > 3 ? args[3] : null,
                    Path.Combine(benchFolder, args.Length > 4 ? args[4] : "theme"), Path.Combine(benchFolder, "hugo-site"), openData: false);
                return 0;
            case "corpus-full" when args.Length >= 3:
                // What a user gets: our own theme and the open data files; the Hugo site stays as it is.
                Corpus.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], args.Length > 3 ? args[3] : null,
                    Path.Combine(benchFolder, "..", "..", "theme"), Path.Combine(benchFolder, "hugo-site"), openData: true);
                return 0;
            case "stages":
                BenchmarkRunner.Run<StageBenchmarks>(args: [.. args.Skip(1)]);
                return 0;
            case "photos" when args.Length >= 3:
                PhotoCorpus.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2], Path.Combine(benchFolder, "theme"), Path.Combine(benchFolder, "hugo-site"));
                return 0;
            case "years" when args.Length >= 3:
                return YearsBenchmark.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), benchFolder);
            case "reload":
                return ReloadBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000, benchFolder);
            default:
                Console.Error.WriteLine("usage: corpus N OUT [HUGO_OUT [THEME]] | corpus-full N OUT [HUGO_OUT] | stages | reload [N] | years Y M | photos N OUT");
                return 2;
        }
    }

    /// <summary>tests/Generator.Benchmarks, found above the binaries (BenchmarkDotNet runs them from a folder of its own) or the working folder.</summary>
    public static string BenchFolder() =>
        FindBenchFolder(AppContext.BaseDirectory) ?? FindBenchFolder(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("Run from the repository: tests/Generator.Benchmarks was not found.");

    private static string? FindBenchFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Generator.Benchmarks");
            if (Directory.Exists(Path.Combine(candidate, "hugo-site")))
            {
                return candidate;
            }
        }

        return null;
    }
}
