using BenchmarkDotNet.Attributes;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Benchmarks;

/// <summary>The stages of a build of 1,000 events, each on its own, to see where the time goes.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class StageBenchmarks
{
    private string _folder = "";
    private BuildOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("stage-bench-").FullName;
        var bench = Program.BenchFolder();
        Corpus.Write(1000, _folder, null, Path.Combine(bench, "theme"), Path.Combine(bench, "hugo-site"));
        _options = new BuildOptions(Path.Combine(_folder, "input"), Path.Combine(_folder, "theme"), Path.Combine(_folder, "output"), _folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "reading 1,000 events")]
    public SiteInput Reading() => InputReader.Read(_options.InputFolder, p => p, new DiagnosticBag());

    [Benchmark(Description = "generating in memory (read, Markdown, templates, data files)")]
    public GeneratedSite Generating() => SiteGenerator.Generate(_options, new DiagnosticBag(), new Generator.Serving.MemorySink());

    [Benchmark(Description = "building 1,000 events to disk (generating, checking links, writing, publishing)")]
    public BuildResult Building() => SiteBuilder.Build(_options);
}
