using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void New_event_writes_a_file_that_builds_at_the_address_of_its_name()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", "Bezoek aan Oekraïne: ‘een “bijzondere” reis’ #1", "--date", "2022-08-15");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/2022/events/2022-08-15-bezoek-aan-oekraine-een-bijzondere-reis-1.md\n", result.Output);
        var text = site.Read("input/2022/events/2022-08-15-bezoek-aan-oekraine-een-bijzondere-reis-1.md");
        Assert.StartsWith("---\ntitle: \"Bezoek aan Oekraïne: ‘een “bijzondere” reis’ #1\"\ndate: 2022-08-15\nmonth: augustus\n---\n", text, StringComparison.Ordinal);

        site.BuildSuccessfully();
        var page = site.Page("2022/08/bezoek-aan-oekraine-een-bijzondere-reis-1/index.html");
        Assert.Equal("Bezoek aan Oekraïne: ‘een “bijzondere” reis’ #1", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(site.Page().GetElementById("augustus"));
    }

    [Fact]
    public void New_event_refuses_to_overwrite_a_file()
    {
        using var site = TestSite.CopyOfRealReport();
        var before = site.Read("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md");
        var result = site.Run("new", "event", "--title", "Samenvoeging IND-loketten", "--date", "2022-02-07");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("generator: error: input/2022/events/2022-02-07-samenvoeging-ind-loketten.md already exists; nothing was written. Choose another title or --slug",
            result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT", result.Error, StringComparison.Ordinal); // no code of a build problem, such as RPT107 (two events, one address)
        Assert.Equal(before, site.Read("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md"));
    }

    [Fact]
    public void New_event_without_a_day_takes_month_and_year()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", "Zomerreces", "--month", "Juli", "--year", "2022");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("---\ntitle: \"Zomerreces\"\nmonth: juli\n---\n", site.Read("input/2022/events/2022-07-zomerreces.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_event_takes_a_slug_that_names_the_file_and_sets_the_address()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", "Werkbezoek Київ", "--date", "2022-08-15", "--slug", "werkbezoek-kyiv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/2022/events/2022-08-15-werkbezoek-kyiv.md\n", result.Output);
        Assert.Contains("\nslug: werkbezoek-kyiv\n", site.Read("input/2022/events/2022-08-15-werkbezoek-kyiv.md"), StringComparison.Ordinal);
        site.BuildSuccessfully();
        Assert.Equal("Werkbezoek Київ", site.Page("2022/08/werkbezoek-kyiv/index.html").QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData("--title", "X", "--date", "2022-08-15", "--slug", "Werkbezoek Kyiv")]
    [InlineData("--title", "X", "--date", "2022-08-15", "--slug", "../x")]
    [InlineData("--title", "Werk\vbezoek", "--date", "2022-08-15")]
    [InlineData("--title", "X", "--date", "15-08-2022")]
    [InlineData("--title", "X")]
    [InlineData("--title", "X", "--month", "juli")]
    [InlineData("--title", "X", "--month", "july", "--year", "2022")]
    [InlineData("--title", "!!!", "--date", "2022-08-15")]
    [InlineData("--date", "2022-08-15")]
    public void Bad_arguments_are_usage_errors_and_write_nothing(params string[] args)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = Directory.GetFiles(Path.Combine(site.Year, "events")).Length;
        var result = site.Run(["new", "event", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Year, "events")).Length);
    }

    [Theory]
    [InlineData("--date 2023-03-01", "--date 2023-03-01 falls in 2023, but the site has no report for 2023 ('input/2023/report.yml' does not exist). The site has 2022. "
        + "Give a date in one of those years, or start 2023 first with 'new year 2023'.")]
    [InlineData("--date 2021-12-31", "--date 2021-12-31 falls in 2021, but the site has no report for 2021 ('input/2021/report.yml' does not exist). The site has 2022. "
        + "Give a date in one of those years, or start 2021 first with 'new year 2021'.")]
    [InlineData("--date 2025-01-02", "start 2025 first with 'new year 2025'.")]
    [InlineData("--month juli --year 2023", "--year 2023 falls in 2023, but the site has no report for 2023")]
    public void New_event_refuses_a_date_in_a_year_the_site_does_not_have_and_says_why(string when, string reason)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = Directory.GetFiles(Path.Combine(site.Year, "events")).Order(StringComparer.Ordinal).ToList();

        var result = site.Run(["new", "event", "--title", "Bezoek aan Oekraïne", .. when.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Year, "events")).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void New_event_for_a_year_the_site_does_not_have_says_so_and_writes_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Delete("input/2022/report.yml");
        var result = site.Run("new", "event", "--title", "Bezoek", "--date", "2022-03-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--date 2022-03-01 falls in 2022, but the site has no report for 2022 ('input/2022/report.yml' does not exist).", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Year, "events", "2022-03-01-bezoek.md")));
    }

    [Fact]
    public void The_README_examples_of_new_event_make_files_that_build()
    {
        using var site = TestSite.CopyOfRealReport();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var examples = readme.Split('\n').Where(l => l.StartsWith("dotnet run -- new event ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, examples.Count);
        foreach (var example in examples)
        {
            var args = System.Text.RegularExpressions.Regex.Matches(example["dotnet run -- ".Length..], "\"[^\"]*\"|\\S+")
                .Select(m => m.Value.Trim('"')).ToArray();
            var result = site.Run(args);
            Assert.True(result.ExitCode == 0, example + "\n" + result.Error);
        }

        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.Error);
    }

    [Fact]
    public void A_placeholder_left_in_a_file_is_a_warning_in_check_and_build_and_an_error_with_strict()
    {
        using var site = TestSite.CopyOfRealReport();
        Assert.Equal(0, site.Run("new", "event", "--title", "Bezoek", "--date", "2022-03-01").ExitCode);
        const string Warning = "input/2022/events/2022-03-01-bezoek.md(6,1): warning RPT110: This is still the placeholder text of 'new event'";

        var check = site.Run("check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains(Warning, check.Error, StringComparison.Ordinal);

        var build = site.Run("build");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains(Warning, build.Error, StringComparison.Ordinal);

        var strict = site.Run("check", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("input/2022/events/2022-03-01-bezoek.md(6,1): error RPT110", strict.Error, StringComparison.Ordinal);
        var before = site.OutputFingerprint();
        Assert.Equal(1, site.Run("build", "--strict").ExitCode);
        Assert.Equal(before, site.OutputFingerprint());

        // Half of it left, further down, is found too, at its own line and column.
        site.Write("input/2022/events/2022-03-01-bezoek.md", "---\ntitle: Bezoek\ndate: 2022-03-01\n---\nDe minister kwam.\n\nOok: Een lege regel begint een nieuwe alinea.\n");
        Assert.Contains("input/2022/events/2022-03-01-bezoek.md(7,6): warning RPT110", site.Run("check").Error, StringComparison.Ordinal);

        site.Write("input/2022/events/2022-03-01-bezoek.md", "---\ntitle: Bezoek\ndate: 2022-03-01\n---\nDe minister kwam.\n");
        var clean = site.Run("check", "--strict");
        Assert.True(clean.ExitCode == 0, clean.Error);
        Assert.DoesNotContain("RPT110", clean.Error, StringComparison.Ordinal);
    }
}
