using System.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>What a build never publishes: a site with a broken link, or a half-written first output.</summary>
public class BuildSafetyTests
{
    [Fact]
    public void Build_itself_checks_the_links_of_the_pages_and_publishes_nothing_when_one_is_broken()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/event.html", "{{ report }}#{{ event.id }}", "{{ report }}#{{ event.id }}-weg");

        var first = site.Run("build");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("error RPT507", first.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));

        site.Edit("theme/layouts/event.html", "{{ report }}#{{ event.id }}-weg", "{{ report }}#{{ event.id }}");
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        site.Edit("theme/layouts/event.html", "{{ report }}#{{ event.id }}", "{{ report }}#{{ event.id }}-weg");
        Assert.Equal(1, site.Run("build").ExitCode);
        Assert.Equal(before, site.OutputFingerprint());
    }

    [Fact]
    public async Task A_first_build_killed_while_writing_leaves_no_output_folder()
    {
        using var site = TestSite.CopyOfRealReport();

        // The kernel kills the process (SIGXFSZ) at its first file over 16 KB: a build stopped half-way through writing.
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("ulimit -f 16 && exec dotnet exec \"$0\" build");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Generator.dll"));
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // the runtime's double-mapped code needs no file then
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            _ = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode != 0, "The build was expected to be stopped by the file-size limit: " + await error);
        }

        Assert.False(Directory.Exists(site.Output), "A first build stopped half-way left a partial output folder.");

        // The next build completes the site.
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("index.html", site.OutputFiles());
    }
}
