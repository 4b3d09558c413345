using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void Check_validates_everything_and_writes_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Checked 24 events, 26 pages in \d+\.\d\d s; nothing was written\.\n$", result.Output);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_finds_template_and_link_errors_that_only_rendering_shows()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/event.html", "{{ report }}#{{ event.id }}", "{{ report }}#{{ event.id }}-weg");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "theme/layouts/event.html(15,26): error RPT507: The page 2022/01/ind-onderzoekt-interne-cultuur/index.html links to '../../../2022/index.html#ind-onderzoekt-interne-cultuur-weg', but 2022/index.html has no element with id 'ind-onderzoekt-interne-cultuur-weg'. The theme writes this link, not a text in input/, so correct the theme: the template line this error points at (theme/layouts/event.html, line 15).",
            result.Error.Replace(" The same mistake breaks a link on 23 other pages too, such as 2022/02/eerste-werkdag-voor-dg-ind-rhodia-maas/index.html.", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("The same mistake breaks a link on 23 other pages too", result.Error, StringComparison.Ordinal);
        Assert.Contains("Check failed with 1 error", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void Strict_turns_warnings_into_errors(string command)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nthema: blauw");

        var lenient = site.Run(command);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning RPT014", lenient.Error, StringComparison.Ordinal);

        var strict = site.Run(command == "build" ? [command, "--strict", "--output", "strikt"] : [command, "--strict"]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("input/site.yml(6,1): error RPT014: Unknown key 'thema'", strict.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "strikt")));
    }

    [Fact]
    public void Log_format_github_prints_annotations_on_the_files_lines()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "date: 2022-02-07", "date: 07/02");
        site.Edit("input/site.yml", "language: nl", "language: nl\nthema: blauw");
        var result = site.Run("check", "--log-format", "github");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n');
        Assert.Contains("::error file=input/2022/events/2022-02-07-samenvoeging-ind-loketten.md,line=3,col=7,title=RPT103::'date' must be a date like 2022-02-07, not '07/02'.", lines);
        Assert.Contains(lines, l => l.StartsWith("::warning file=input/site.yml,line=6,col=1,title=RPT014::Unknown key 'thema' is ignored.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_log_format_is_a_usage_error()
    {
        var result = Support.Cli.RunInProcess("check", "--log-format", "xml");
        Assert.Equal(2, result.ExitCode);
    }
}
