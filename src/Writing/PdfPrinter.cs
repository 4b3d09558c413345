using System.Diagnostics;
using Generator.Diagnostics;
using Generator.Writing.Pdf;

namespace Generator.Writing;

/// <summary>
/// Prints the report to a tagged PDF with an outline, with headless Chromium and the theme's print stylesheet (A4):
/// a cover, the contents with page numbers, a running header with the month or chapter, page numbers in the footer.
/// </summary>
public static class PdfPrinter
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Chromium's path: $CHROMIUM when set, else the first of the usual names on PATH; null when there is none.</summary>
    public static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Candidates.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public static void ReportMissing(DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.PdfFailed, null,
            "--pdf needs Chromium, which was not found. Install it (on Debian or Ubuntu: apt-get install chromium), "
            + "or set CHROMIUM to its path; or build without --pdf.");

    /// <summary>
    /// Prints the report of a site not yet published, from its report page's HTML. The report page, its links rewritten for a PDF, and
    /// the assets go to a temporary folder; a first print finds the page on which each month and chapter starts and
    /// which one is current at the top of each page, a second prints those in the contents and the running headers (a
    /// third only if they moved); the result is stamped with the
    /// report's date and id, so the same report gives the same bytes.
    /// </summary>
    /// <returns>The PDF's bytes; null (with a diagnostic) when no PDF was made.</returns>
    /// <param name="report">The year whose report page is printed.</param>
    /// <param name="index">That report page (2022/index.html) as rendered.</param>
    public static byte[]? PrintSite(string chromium, GeneratedSite site, Computing.AnnualReport report, string index, DiagnosticBag diagnostics)
    {
        var settings = report.Site;
        var parts = PrintDocument.Parts(index);
        if (parts.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.PdfContentsMissing, null,
                $"The report page has no contents (an element with id '{PrintDocument.ContentsId}' that links to each month and chapter, as theme/partials/toc.html has), "
                + "so the PDF's pages have no running header and its contents no page numbers. Put the contents back in the theme's index layout.");
        }

        var folder = Directory.CreateTempSubdirectory("annual-report-pdf-");
        try
        {
            foreach (var asset in site.Assets)
            {
                var target = Path.Combine(folder.FullName, asset.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(asset.Source, target);
            }

            // At its place in the site, so its relative links to the assets lead where they do on the site.
            var html = Path.Combine(folder.FullName, report.Address.Page);
            var pageFolder = Path.GetDirectoryName(html)!;
            Directory.CreateDirectory(pageFolder);
            File.WriteAllText(html, PrintDocument.Create(index, settings.BaseUrl is { } baseUrl ? baseUrl + report.Address.Folder : null));
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            var shown = PartLayout.Unknown;
            for (var pass = 1; ; pass++)
            {
                File.WriteAllText(Path.Combine(pageFolder, PrintDocument.PagesStylesheet), PrintPages.Css(settings.Title, parts, shown));
                if (!Print(chromium, html, pdf, diagnostics))
                {
                    return null;
                }

                var bytes = File.ReadAllBytes(pdf);
                var found = FindPartPages(bytes, parts, diagnostics);
                if (found is null)
                {
                    return null;
                }

                if (parts.Count == 0 || (pass > 1 && found.SameAs(shown)))
                {
                    foreach (var part in parts.Where(p => !found.Starts.ContainsKey(p.Id)))
                    {
                        diagnostics.Warning(DiagnosticCodes.PdfContentsMissing, null,
                            $"'{part.Title}' has no page number in the PDF's contents: no heading in the PDF reads '{part.Title}' as the contents do. "
                            + $"Give the element with id '{part.Id}' a heading with the same text as its entry in the contents.");
                    }

                    return Finish(bytes, settings, diagnostics);
                }

                if (pass == 3)
                {
                    diagnostics.Error(DiagnosticCodes.PdfFailed, null,
                        "The page numbers in the PDF's contents or its running headers kept moving between prints. Shorten the contents' titles, or report this as a bug.");
                    return null;
                }

                shown = found;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static PartLayout? FindPartPages(byte[] pdf, IReadOnlyList<PrintPart> parts, DiagnosticBag diagnostics)
    {
        try
        {
            return PartPages.Find(pdf, parts);
        }
        catch (UglyToad.PdfPig.Core.PdfDocumentFormatException e)
        {
            diagnostics.Error(DiagnosticCodes.PdfFailed, null, $"The PDF that Chromium printed cannot be read back to number its contents: {e.Message}");
            return null;
        }
    }

    /// <summary>Dates from the report (31 December of its year), not the clock, and an id from what the report is.</summary>
    private static byte[]? Finish(byte[] pdf, Reading.SiteSettings settings, DiagnosticBag diagnostics)
    {
        var stamped = PdfStamp.Stamp(pdf, new DateOnly(settings.Year, 12, 31), $"{settings.Organisation}\n{settings.Title}\n{settings.Year}");
        if (stamped is null)
        {
            diagnostics.Error(DiagnosticCodes.PdfFailed, null,
                "Chromium wrote the PDF in a form whose dates this generator cannot fix, so it would differ on every run. Use Debian's chromium package, or report this as a bug.");
        }

        return stamped;
    }

    /// <returns>False (with a diagnostic) when no PDF was made.</returns>
    public static bool Print(string chromium, string htmlFile, string pdfFile, DiagnosticBag diagnostics)
    {
        var profile = Directory.CreateTempSubdirectory("annual-report-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-pdf-header-footer", "--generate-pdf-document-outline", $"--user-data-dir={profile.FullName}",
                // Photos are chosen from their srcset as for a screen of three times the density: the widest version, for print.
                "--force-device-scale-factor=3",
                $"--print-to-pdf={pdfFile}", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                diagnostics.Error(DiagnosticCodes.PdfFailed, null, "Chromium did not finish the PDF within two minutes.");
                return false;
            }

            if (process.ExitCode != 0 || !File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.PdfFailed, null,
                    $"Chromium could not print the PDF (exit code {process.ExitCode}): {errors.Result.Trim().Split('\n').LastOrDefault()}");
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            diagnostics.Error(DiagnosticCodes.PdfFailed, null, $"Chromium could not be started: {e.Message}");
            return false;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary profile left behind is harmless.
            }
        }
    }
}
