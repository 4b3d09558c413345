using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>What a file system can hold besides plain files: each is an error at its path, never a bug or a hang.</summary>
public class FileSystemOddityTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_symbolic_link_to_itself_is_RPT006_at_the_file_not_an_internal_error(string command)
    {
        using var site = TestSite.FromFixture("minimal");
        File.CreateSymbolicLink(Path.Combine(site.Year, "events", "2030-03-01-lus.md"), "2030-03-01-lus.md");

        var result = site.Run(command);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/2030/events/2030-03-01-lus.md(1,1): error RPT006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("itself", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_links_loops_pipes_and_folders_named_like_texts_are_each_an_error_at_their_path()
    {
        using var site = TestSite.FromFixture("minimal");
        var events = Path.Combine(site.Year, "events");
        File.CreateSymbolicLink(Path.Combine(events, "2030-03-02-weg.md"), "bestaat-niet.md");
        File.CreateSymbolicLink(Path.Combine(events, "2030-03-03-a.md"), "2030-03-04-b.md");
        File.CreateSymbolicLink(Path.Combine(events, "2030-03-04-b.md"), "2030-03-03-a.md");
        Directory.CreateDirectory(Path.Combine(events, "2030-03-05-map.md"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(events, "2030-03-06-pijp.md")]))
        {
            mkfifo.WaitForExit();
        }

        // A real process: a pipe read by mistake would block; the process is killed after its time-out, the test fails.
        var result = site.RunProcess("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/2030/events/2030-03-02-weg.md(1,1): error RPT006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("input/2030/events/2030-03-03-a.md(1,1): error RPT006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("input/2030/events/2030-03-04-b.md(1,1): error RPT006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("input/2030/events/2030-03-05-map.md(1,1): error RPT001: This is a folder", result.Error, StringComparison.Ordinal);
        Assert.Contains("input/2030/events/2030-03-06-pijp.md(1,1): error RPT010:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }
}
