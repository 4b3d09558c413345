using Generator.Checking;
using Generator.Diagnostics;
using Generator.Images;
using Generator.Rendering;
using Generator.Writing;

namespace Generator;

/// <summary>
/// A build, the stage order and nothing else: lock the output, open its staging folder, generate the site into it,
/// check the links and, when there is no error, publish it (unless only checking).
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => Build(options, faults: null);

    /// <param name="faults">For tests: makes writing fail at a chosen point.</param>
    internal static BuildResult Build(BuildOptions options, WriteFaults? faults)
    {
        var diagnostics = new DiagnosticBag(warningsAsErrors: options.Strict);
        using var outputLock = options.WriteOutput ? TakeOutput(options, diagnostics) : null;
        using var writer = outputLock is null ? null : SiteWriter.Open(options.OutputFolder, diagnostics, faults, options.Show(options.OutputFolder));

        var chromium = options.Pdf ? PdfPrinter.FindChromium() : null;
        if (options.Pdf && chromium is null)
        {
            PdfPrinter.ReportMissing(diagnostics);
        }

        var timings = new StageTimings();
        // Without a place to write (check, or the output refused), the site is still made, for its errors.
        var site = SiteGenerator.Generate(options, diagnostics, writer is null ? new DiscardSink() : writer, timings: timings);
        if (!diagnostics.HasErrors)
        {
            timings.Time("checking links", () => LinkCheck.Run(site, diagnostics));
        }

        BuildResult Result(WriteOutcome outcome) => new(outcome, site.EventCount, site.Pages.Count, diagnostics.ToSortedList())
        {
            Timings = timings,
            ImagesEncoded = site.ImagesEncoded,
            ImagesRead = site.ImagesRead,
            DraftYears = site.DraftYears,
            DraftNeighbours = site.DraftNeighbours,
        };
        if (diagnostics.HasErrors || writer is null)
        {
            return Result(WriteOutcome.LeftAsItWas);
        }

        // The PDFs (one per year) are printed from the staged report pages before the swap, so they are published with the rest or not at all.
        Dictionary<string, byte[]>? extra = null;
        if (chromium is not null)
        {
            extra = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var report in site.Reports.Where(r => r.Site.PdfFile is not null))
            {
                var bytes = timings.Time("pdf", () => PdfPrinter.PrintSite(chromium, site, report, File.ReadAllText(writer.StagedPath(report.Address.Page)), diagnostics));
                if (bytes is null)
                {
                    return Result(WriteOutcome.LeftAsItWas);
                }

                extra[report.Address.File(report.Site.PdfFile!)] = bytes;
            }
        }

        var written = timings.Time("writing", () => writer.Publish(site.Assets, extra, diagnostics));
        // Only after a build that succeeded: a failed one may not have reached every image.
        var removed = written == WriteOutcome.Replaced ? new ImageCache(options.ImageCacheFolder).RemoveAllBut(site.ImageCacheKeys) : 0;
        return Result(written) with
        {
            PdfFiles = written == WriteOutcome.Replaced && extra is not null ? [.. extra.Keys.Order(StringComparer.Ordinal)] : [],
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
        return diagnostics.HasErrors ? null : OutputLock.TryTake(options.OutputFolder, diagnostics, options.Show(options.OutputFolder));
    }
}
