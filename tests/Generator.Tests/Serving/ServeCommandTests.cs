using System.Diagnostics;
using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary><c>serve</c> as a person runs it: the real program, stopped with SIGTERM (as Ctrl+C, but also from a shell that ignores SIGINT).</summary>
public partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_on_port_0_prints_its_address_serves_the_report_and_stops_cleanly_on_SIGTERM()
    {
        using var site = TestSite.CopyOfRealReport();
        // ASP.NET would read this settings file if it took the working folder as its content root, and fail on it.
        site.Write("appsettings.json", "{ niet: geldig");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Generator.dll"), "serve", "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var port = await ReadPortAsync(process);
            using var client = new PreviewClient(port);
            Assert.Equal(200, (await client.GetAsync("")).Status);

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await TerminateAsync(process);
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await error}");
            Assert.Contains("Stopped.", await output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(site.Output), "serve must not write the output folder");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Sends SIGTERM and waits for the process to stop.</summary>
    internal static async Task TerminateAsync(Process process)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "serve did not stop on SIGTERM");
    }

    internal static async Task<int> ReadPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("serve printed no address: " + await process.StandardError.ReadToEndAsync());
    }

    // Every caller serves the site's own input/ and theme/ from its folder, shown relative to it (ShownPath).
    [GeneratedRegex(@"^Serving the report at http://127\.0\.0\.1:(\d+)/ \(watching input and theme; Ctrl\+C stops\)\.$")]
    private static partial Regex ServingLine();
}
