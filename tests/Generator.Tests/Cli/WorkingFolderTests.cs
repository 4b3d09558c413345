using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// The working folder is an argument of <see cref="Program.Run"/>, never the process's: folder options are made
/// absolute against it once, and every printed path follows one rule (<see cref="ShownPath"/>): relative to it when
/// inside it, absolute otherwise.
/// </summary>
public class WorkingFolderTests
{
    private const string BrokenEvent = "input/2022/events/2022-06-28-lancering-advocatenportaal.md";

    [Theory]
    [InlineData("/werk/site", "/werk/site/input/2022/finance.yml", "input/2022/finance.yml")]
    [InlineData("/werk/site", "input/2022/finance.yml", "input/2022/finance.yml")]
    [InlineData("/werk/site", "./output/", "output")]
    [InlineData("/werk/site", "/werk/site/a/../b/./c", "b/c")]
    [InlineData("/werk/site", "/werk/site", ".")]
    [InlineData("/werk/site", "/werk/site/", ".")]
    [InlineData("/werk/site", "/werk/site/..verborgen/x.md", "..verborgen/x.md")]
    [InlineData("/werk/site", "/nonexistent", "/nonexistent")]
    [InlineData("/werk/site", "../../nonexistent", "/nonexistent")]
    [InlineData("/werk/site", "/werk/site-2/output", "/werk/site-2/output")]
    [InlineData("/werk/site", "../elders/output", "/werk/elders/output")]
    [InlineData("/werk/site", "..", "/werk")]
    [InlineData("/werk/site", "/", "/")]
    [InlineData("/", "/tmp/site/output", "tmp/site/output")]
    [InlineData("/werk/site", "input/2022/events/2022-05-01-a\\b.md", "input/2022/events/2022-05-01-a\\b.md")]
    [InlineData("/werk/site", "/elders/a\\b", "/elders/a\\b")]
    public void A_path_is_shown_relative_inside_the_working_folder_and_absolute_outside(string workingFolder, string path, string shown) =>
        Assert.Equal(shown, ShownPath.Show(workingFolder, path));

    /// <summary>On Linux and macOS a '\' is a character of a name, not a separator: shown as it is, and a theme file
    /// so named is published under its own name, not in a folder.</summary>
    [Fact]
    public void A_backslash_in_a_file_name_is_shown_and_published_as_it_is()
    {
        Assert.False(OperatingSystem.IsWindows(), "On Windows '\\' is the separator: this test is for Linux and macOS.");
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-05-01-a\\b.md", "---\ntitle: Schuine streep\ndate: 2022-05-01\n---\nZie [dit](nergens.md).\n");
        site.Write("theme/assets/a\\b.txt", "tekst");

        var check = site.Run("check");
        Assert.Contains("input/2022/events/2022-05-01-a\\b.md(5,5): error RPT506", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("2022-05-01-a/b.md", check.Error, StringComparison.Ordinal);

        site.Delete("input/2022/events/2022-05-01-a\\b.md");
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Equal("tekst", site.Read("output/assets/a\\b.txt"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "assets", "a")));
    }

    [Fact]
    public void A_relative_working_folder_or_build_folder_is_a_bug_not_a_guess()
    {
        Assert.Throws<ArgumentException>(() => ShownPath.Show("werk", "input"));
        Assert.Throws<ArgumentException>(() => new BuildOptions("input", "/werk/theme", "/werk/output", "/werk"));
        Assert.Throws<ArgumentException>(() => new BuildOptions("/werk/input", "/werk/theme", "/werk/output", "werk"));
        var options = new BuildOptions("/werk/input", "/werk/theme", "/werk/output");
        Assert.Throws<ArgumentException>(() => options with { OutputFolder = "output" });
        Assert.Throws<ArgumentException>(() => options with { ImageCacheFolder = ".cache" });
        Assert.Equal("/werk", options.WorkingFolder);
    }

    [Fact]
    public async Task Two_builds_in_different_working_folders_at_the_same_time_each_read_write_and_print_their_own()
    {
        using var good = TestSite.CopyOfRealReport();
        using var broken = TestSite.CopyOfRealReport();
        broken.Edit(BrokenEvent, "date: 2022-06-28", "date: 28/06");

        // Both with the default folders (input, theme, output), so each depends on its working folder alone; the
        // process's (the test binaries' folder) has none of them.
        using var start = new Barrier(2);
        CliResult BuildIn(TestSite site)
        {
            start.SignalAndWait();
            return Support.Cli.RunIn(site.Root, "build");
        }

        var builds = new[] { good, broken }
            .Select(site => Task.Factory.StartNew(() => BuildIn(site), TaskCreationOptions.LongRunning))
            .ToArray();
        var (built, failed) = (await builds[0], await builds[1]);

        Assert.True(built.ExitCode == 0, built.Error);
        Assert.Matches(@"^Built 24 events, \d+ pages into 'output' in [\d.]+ s\.\nOpen output/index\.html in a browser\.\n$", built.Output.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(good.Output, "index.html")));

        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith(BrokenEvent + "(", failed.Error, StringComparison.Ordinal);
        Assert.Contains(": error RPT103: ", failed.Error, StringComparison.Ordinal);
        Assert.EndsWith("; 'output' was left as it was.\n", failed.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(broken.Output));
        Assert.False(Directory.Exists(Path.Combine(Support.Cli.DefaultFolder, "output")));
    }

    [Fact]
    public void A_folder_outside_the_working_folder_is_shown_absolute_and_one_inside_relative()
    {
        using var site = TestSite.CopyOfRealReport();
        var elsewhere = Directory.CreateTempSubdirectory("elders-").FullName;
        try
        {
            var outside = Support.Cli.RunIn(site.Root, "build", "--output", Path.Combine(elsewhere, "site") + "/");
            Assert.True(outside.ExitCode == 0, outside.Error);
            Assert.Contains($" pages into '{elsewhere}/site' in ", outside.Output, StringComparison.Ordinal);
            Assert.Contains($"Open {elsewhere}/site/index.html in a browser.", outside.Output, StringComparison.Ordinal);

            var inside = Support.Cli.RunIn(site.Root, "build", "--output", "./publiek/../publiek/site");
            Assert.True(inside.ExitCode == 0, inside.Error);
            Assert.Contains("Open publiek/site/index.html in a browser.", inside.Output, StringComparison.Ordinal);

            // The leftover of issue "cwd": a missing input folder outside the working folder was shown as ../../nonexistent.
            var missing = Support.Cli.RunIn(site.Root, "check", "--input", "/nonexistent");
            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("The input folder '/nonexistent' does not exist.", missing.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("../", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Diagnostics_name_their_file_relative_to_the_working_folder_when_inside_it_and_absolute_when_not()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(BrokenEvent, "date: 2022-06-28", "date: 28/06");
        var eventInYear = Path.GetRelativePath(site.Year, Path.Combine(site.Root, BrokenEvent));

        // In the year's folder: the event is inside it, the output outside it.
        var inYear = Support.Cli.RunIn(site.Year, "check", "--input", "..", "--theme", "../../theme");
        Assert.StartsWith(eventInYear + "(", inYear.Error, StringComparison.Ordinal);

        // In a folder beside the site: everything is outside it.
        var beside = Support.Cli.RunIn(Support.Cli.DefaultFolder, "build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output);
        Assert.StartsWith(Path.Combine(site.Root, BrokenEvent) + "(", beside.Error, StringComparison.Ordinal);
        Assert.Contains($"; '{site.Output}' was left as it was.", beside.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_holds_the_working_folder_is_refused_by_the_working_folder_given_not_the_process_one()
    {
        using var site = TestSite.CopyOfRealReport();
        var working = Path.Combine(site.Root, "werk", "map");
        Directory.CreateDirectory(working);

        var result = Support.Cli.RunIn(working, "build", "--input", site.Input, "--theme", site.Theme, "--output", "..");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error RPT602: The output folder '{site.Root}/werk' contains the folder you run the command in, and a build replaces", result.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(working));
    }

    [Fact]
    public void New_event_prints_the_file_it_wrote_by_the_same_rule()
    {
        using var site = TestSite.CopyOfRealReport();
        var inside = Support.Cli.RunIn(site.Root, "new", "event", "--title", "Binnen", "--date", "2022-03-01");
        Assert.Equal("input/2022/events/2022-03-01-binnen.md\n", inside.Output.ReplaceLineEndings("\n"));

        var outside = Support.Cli.RunIn(Support.Cli.DefaultFolder, "new", "event", "--input", site.Input, "--title", "Buiten", "--date", "2022-03-01");
        Assert.Equal(Path.Combine(site.Input, "2022", "events", "2022-03-01-buiten.md") + "\n", outside.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_working_folder_removed_before_the_command_starts_is_a_clear_error_not_a_stack_trace()
    {
        var parent = Directory.CreateTempSubdirectory("weg-").FullName;
        try
        {
            // The real process: only Main reads the process's working folder.
            var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = parent, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("mkdir map && cd map && rmdir ../map && exec dotnet exec \"$0\" check");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Generator.dll"));
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the generator did not finish");
            Assert.Equal(Program.UsageOrInternalError, process.ExitCode);
            Assert.Equal(
                "generator: error: the folder you run the command in no longer exists (or cannot be read). Change to an existing folder and run the command again.\n",
                error.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
