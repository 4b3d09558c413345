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

        var timings = new StageTimings();
        var site = SiteGenerator.Generate(options, diagnostics, timings: timings);
        var events = site.Report?.Events.Count ?? 0;
        var pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        BuildResult Result(bool written) => new(written, events, pages, diagnostics.ToSortedList()) { Timings = timings, ImagesEncoded = site.ImagesEncoded };
        if (diagnostics.HasErrors || !options.WriteOutput)
        {
            return Result(written: false);
        }

        // The PDF is printed before anything is written, so it is swapped in with the rest or not at all.
        Dictionary<string, byte[]>? extra = null;
        if (chromium is not null && site.Report?.Site.PdfFile is { } pdf)
        {
            var bytes = timings.Time("pdf", () => PdfPrinter.PrintSite(chromium, site, diagnostics));
            if (bytes is null)
            {
                return Result(written: false);
            }

            extra = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [pdf] = bytes };
        }

        var written = timings.Time("writing", () => SiteWriter.Write(site, options.OutputFolder, diagnostics, extra));
        return Result(written) with { PdfFile = written && extra is not null ? site.Report?.Site.PdfFile : null };
    }
}
