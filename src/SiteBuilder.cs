using Generator.Diagnostics;
using Generator.Images;
using Generator.Writing;

namespace Generator;

/// <summary>A build: lock the output, generate the site and, when it has no errors, write it (unless only checking).</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag(warningsAsErrors: options.Strict);
        using var outputLock = options.WriteOutput ? TakeOutput(options, diagnostics) : null;

        var chromium = options.Pdf ? PdfPrinter.FindChromium() : null;
        if (options.Pdf && chromium is null)
        {
            PdfPrinter.ReportMissing(diagnostics);
        }

        var timings = new StageTimings();
        var site = SiteGenerator.Generate(options, diagnostics, timings: timings);
        var events = site.Report?.Events.Count ?? 0;
        var pages = site.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        BuildResult Result(WriteOutcome outcome) => new(outcome, events, pages, diagnostics.ToSortedList())
        {
            Timings = timings,
            ImagesEncoded = site.ImagesEncoded,
            ImagesRead = site.ImagesRead,
        };
        if (diagnostics.HasErrors || !options.WriteOutput)
        {
            return Result(WriteOutcome.LeftAsItWas);
        }

        // The PDF is printed before anything is written, so it is swapped in with the rest or not at all.
        Dictionary<string, byte[]>? extra = null;
        if (chromium is not null && site.Report?.Site.PdfFile is { } pdf)
        {
            var bytes = timings.Time("pdf", () => PdfPrinter.PrintSite(chromium, site, diagnostics));
            if (bytes is null)
            {
                return Result(WriteOutcome.LeftAsItWas);
            }

            extra = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [pdf] = bytes };
        }

        var written = timings.Time("writing", () => SiteWriter.Write(site, options.OutputFolder, diagnostics, extra));
        // Only after a build that succeeded: a failed one may not have reached every image.
        var removed = written == WriteOutcome.Replaced ? new ImageCache(options.ImageCacheFolder).RemoveAllBut(site.ImageCacheKeys) : 0;
        return Result(written) with
        {
            PdfFile = written == WriteOutcome.Replaced && extra is not null ? site.Report?.Site.PdfFile : null,
            ImageCacheEntriesRemoved = removed,
        };
    }

    /// <summary>
    /// Checks that the output folder may be replaced and locks it for the whole build, so a second build into it
    /// is refused at once. Null, with an error, when either fails.
    /// </summary>
    private static OutputLock? TakeOutput(BuildOptions options, DiagnosticBag diagnostics)
    {
        OutputFolderGuard.Check(options, diagnostics);
        return diagnostics.HasErrors ? null : OutputLock.TryTake(options.OutputFolder, diagnostics);
    }
}
