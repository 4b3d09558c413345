using Generator.Diagnostics;
using Generator.Writing;

namespace Generator;

/// <summary>A build: generate the site and, when it has no errors, write it (unless only checking).</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag(warningsAsErrors: options.Strict);
        if (options.WriteOutput)
        {
            OutputFolderGuard.Check(options, diagnostics);
        }

        var site = SiteGenerator.Generate(options, diagnostics);
        var events = site.Report?.Events.Count ?? 0;
        var pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        if (diagnostics.HasErrors || !options.WriteOutput)
        {
            return new BuildResult(false, events, pages, diagnostics.ToSortedList());
        }

        var written = SiteWriter.Write(site, options.OutputFolder, diagnostics);
        return new BuildResult(written, events, pages, diagnostics.ToSortedList());
    }
}
