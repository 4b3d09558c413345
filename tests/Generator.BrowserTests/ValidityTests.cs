using System.Diagnostics;
using System.Text.Json;
using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ValidityTests(BrowserSite site)
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
        Assert.Equal(26, pages.Count);
    }
}
