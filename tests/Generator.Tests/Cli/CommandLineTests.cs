using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>The real program, run as a process in the site's folder, as an editor or CI runs it.</summary>
public class CommandLineTests
{
    [Fact]
    public void Build_with_the_defaults_writes_output_and_prints_a_one_line_summary()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.RunProcess("build");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Built 24 events, 26 pages into 'output' in \d+\.\d\d s\.\nOpen output/index\.html in a browser\.\n$", result.Output);
        Assert.Equal("", result.Error);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Timings_name_each_stage_once_in_the_order_of_the_build()
    {
        // The theme is loaded alongside the reading of the input, and still listed after it, every time.
        using var site = TestSite.CopyOfRealReport();
        var result = site.RunProcess("build", "--timings");
        Assert.Equal(0, result.ExitCode);
        var stages = result.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim()[..l.Trim().IndexOf("  ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(["reading", "theme", "markdown", "images", "templates", "data files", "checking links", "writing"], stages);
        Assert.All(result.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)), l => Assert.Matches(@"^  [a-z ]+ +\d+ ms$", l));
    }

    [Fact]
    public void Options_choose_the_input_theme_and_output_folders()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.Move(site.Input, Path.Combine(site.Root, "inhoud"));
        Directory.Move(site.Theme, Path.Combine(site.Root, "thema"));
        var result = site.RunProcess("build", "--input", "inhoud", "--theme", "thema", "--output", "public");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "public", "index.html")));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_failed_build_counts_its_warnings_in_the_summary_as_check_does()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "date: 2022-02-07", "date: 07/02\nonbekend: 1");
        site.Edit("input/2022/events/2022-02-15-ind-begint-met-eigen-woordvoering.md", "title: IND begint met eigen woordvoering\n", "title: IND begint met eigen woordvoering\nonbekend: 2\n");

        var build = site.Run("build");
        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"\nBuild failed with 1 error and 2 warnings in \d+\.\d\d s; 'output' was left as it was\.\n$", build.Error);
        var check = site.Run("check");
        Assert.Matches(@"\nCheck failed with 1 error and 2 warnings in \d+\.\d\d s\.\n$", check.Error);
    }

    [Fact]
    public void Content_errors_are_printed_as_path_line_column_code_message_and_exit_1()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "date: 2022-02-07", "date: 07/02");
        site.Edit("input/2022/events/2022-02-15-ind-begint-met-eigen-woordvoering.md", "title: IND begint met eigen woordvoering\n", "");
        var result = site.RunProcess("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md(3,7): error RPT103: 'date' must be a date like 2022-02-07, not '07/02'.", lines[0]);
        Assert.Equal("input/2022/events/2022-02-15-ind-begint-met-eigen-woordvoering.md(2,1): error RPT101: 'title' is required but missing. Give the event a heading, like: title: Samenvoeging IND-loketten", lines[1]);
        Assert.Matches(@"^Build failed with 2 errors in \d+\.\d\d s; 'output' was left as it was\.$", lines[2]);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Warnings_are_printed_and_the_build_still_succeeds()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nthema: blauw");
        var result = site.RunProcess("build");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/site.yml(6,1): warning RPT014: Unknown key 'thema' is ignored. Known keys here: title, organisation, year, language, description, base_url, allow_raw_html, open_data, logo.\n", result.Error);
        Assert.Contains("with 1 warning.\nOpen output/index.html in a browser.\n", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--unknown")]
    [InlineData("publish")]
    [InlineData("build", "--input")]
    [InlineData]
    public void Usage_errors_exit_2_with_a_pointer_to_help(params string[] args)
    {
        var result = Support.Cli.RunInProcess(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("generator: error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands_and_build_help_lists_its_options()
    {
        var root = Support.Cli.RunInProcess("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("build", root.Output, StringComparison.Ordinal);

        var build = Support.Cli.RunInProcess("build", "--help");
        Assert.Equal(0, build.ExitCode);
        foreach (var option in new[] { "--input", "--theme", "--output", "Exit codes" })
        {
            Assert.Contains(option, build.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("biuld", "'build' instead of 'biuld'")]
    [InlineData("chek", "'check' instead of 'chek'")]
    [InlineData("serv", "'serve' instead of 'serv'")]
    [InlineData("build --outptu x", "'--output' instead of '--outptu'")]
    [InlineData("check --strcit", "'--strict' instead of '--strcit'")]
    public void A_mistyped_command_or_option_gets_a_suggestion(string command, string suggestion)
    {
        var result = Support.Cli.RunInProcess(command.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Did you mean " + suggestion + "?", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("build --zzz")]
    public void A_word_far_from_every_command_gets_no_guess(string command)
    {
        var result = Support.Cli.RunInProcess(command.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Did you mean", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build --unknown")]
    [InlineData("new event")]
    [InlineData("")]
    public void Usage_errors_point_to_help_in_words_that_fit_every_way_of_starting_the_program(string command)
    {
        var result = Support.Cli.RunInProcess(command.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("generator --help", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'generator ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_writes_the_log_formats_as_the_readme_does()
    {
        var help = Support.Cli.RunInProcess("build", "--help");
        Assert.Contains("--log-format <text|github>", help.Output, StringComparison.Ordinal);
        Assert.Contains("[default: text]", help.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("GitHub|Text", help.Output, StringComparison.Ordinal);
        Assert.Contains("`--log-format` | `build`, `check` | `text` | `text` prints", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);

        var wrong = Support.Cli.RunInProcess("check", "--log-format", "xml");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--log-format: 'xml' is not a log format: use text or github.", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = Support.Cli.Run(AppContext.BaseDirectory, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0.1.0", result.Output.Trim());
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_build_without_pdf_never_starts_Chromium()
    {
        using var site = TestSite.CopyOfRealReport();
        var started = Path.Combine(site.Root, "chromium-started");
        var chromium = Path.Combine(site.Root, "fake-chromium");
        File.WriteAllText(chromium, $"#!/bin/sh\necho \"$@\" >> '{started}'\nexit 3\n");
        File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string> { ["CHROMIUM"] = chromium };

        Assert.Equal(0, Support.Cli.Run(site.Root, environment, "build").ExitCode);
        Assert.Equal(0, Support.Cli.Run(site.Root, environment, "check").ExitCode);
        Assert.False(File.Exists(started), "Chromium was started without --pdf");

        // The same fake is started, and its failure reported, with --pdf: so the check above could have seen it.
        var withPdf = Support.Cli.Run(site.Root, environment, "build", "--pdf");
        Assert.Equal(1, withPdf.ExitCode);
        Assert.Contains("RPT604", withPdf.Error, StringComparison.Ordinal);
        Assert.Contains("--print-to-pdf=", File.ReadAllText(started), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_pdf_without_Chromium_says_how_to_install_it_and_writes_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = Support.Cli.Run(site.Root, new Dictionary<string, string> { ["CHROMIUM"] = "/nergens/chromium" }, "build", "--pdf");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RPT604: --pdf needs Chromium, which was not found. Install it (on Debian or Ubuntu: apt-get install chromium)", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
