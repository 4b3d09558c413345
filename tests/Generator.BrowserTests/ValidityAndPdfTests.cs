using System.Diagnostics;
using System.Text.Json;
using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ValidityAndPdfTests(BrowserSite site)
{
    /// <summary>The W3C Nu validator (npm package vnu-jar, run with the machine's Java) finds no error on any page.</summary>
    [Fact]
    public async Task Every_generated_page_is_valid_HTML()
    {
        var jar = Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryPaths.Root, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu validator is not at {jar}: npm install --prefix .tools vnu-jar (.ci/run does), or set VNU_JAR.");

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json" }.Concat(pages))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync(); // vnu writes its JSON report to standard error
        await process.WaitForExitAsync();
        await output;

        using var json = JsonDocument.Parse(report);
        var messages = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages));
        Assert.Equal(25, pages.Count);
    }

    [Fact]
    public void Build_pdf_prints_the_report_to_an_A4_PDF_linked_from_the_page()
    {
        var output = Path.Combine(site.Folder, "output-pdf");
        var result = SiteBuilder.Build(new BuildOptions(
            Path.Combine(RepositoryPaths.Root, "input"), Path.Combine(RepositoryPaths.Root, "theme"), output, RepositoryPaths.Root)
        { Pdf = true });

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var pdf = File.ReadAllBytes(Path.Combine(output, "jaaroverzicht-2022.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(pdf.Length > 50_000, $"the PDF has only {pdf.Length} bytes");
        Assert.Contains("/MediaBox [0 0 594.95996 841.91998]", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("href=\"jaaroverzicht-2022.pdf\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }
}
