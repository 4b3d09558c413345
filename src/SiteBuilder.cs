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

        var chromium = options.Pdf ? PdfPrinter.FindChromium() : null;
        if (options.Pdf && chromium is null)
        {
            PdfPrinter.ReportMissing(diagnostics);
        }

        var site = SiteGenerator.Generate(options, diagnostics);
        var events = site.Report?.Events.Count ?? 0;
        var pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        if (diagnostics.HasErrors || !options.WriteOutput)
        {
            return new BuildResult(false, events, pages, diagnostics.ToSortedList());
        }

        // The PDF is printed from the staged site, so it too is swapped in only when everything succeeded.
        Func<string, bool>? beforeSwap = chromium is null || site.Report?.Site.PdfFile is not { } pdf
            ? null
            : staging => PdfPrinter.Print(chromium, Path.Combine(staging, "index.html"), Path.Combine(staging, pdf), diagnostics);
        var written = SiteWriter.Write(site, options.OutputFolder, diagnostics, beforeSwap: beforeSwap);
        return new BuildResult(written, events, pages, diagnostics.ToSortedList());
    }
}
