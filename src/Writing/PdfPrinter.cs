using System.Diagnostics;
using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>Prints the report page to PDF with headless Chromium, using the theme's print stylesheet (A4).</summary>
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

    /// <summary>Prints the report page of a site that exists only in memory: it and the assets go to a temporary folder first.</summary>
    /// <returns>The PDF's bytes; null (with a diagnostic) when no PDF was made.</returns>
    public static byte[]? PrintSite(string chromium, GeneratedSite site, DiagnosticBag diagnostics)
    {
        var folder = Directory.CreateTempSubdirectory("annual-report-pdf-");
        try
        {
            foreach (var asset in site.Assets)
            {
                var target = Path.Combine(folder.FullName, asset.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(asset.Source, target);
            }

            var index = Path.Combine(folder.FullName, "index.html");
            File.WriteAllText(index, site.Files.First(f => f.Path == "index.html").Content);
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            return Print(chromium, index, pdf, diagnostics) ? File.ReadAllBytes(pdf) : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
                "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
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
