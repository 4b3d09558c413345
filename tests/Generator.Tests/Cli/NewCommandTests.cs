using Generator.Tests.Support;

namespace Generator.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void New_event_writes_a_file_that_builds_at_the_address_of_its_name()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = Support.Cli.Run(site.Root, "new", "event", "--title", "Bezoek aan Oekraïne: ‘een “bijzondere” reis’ #1", "--date", "2022-08-15");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/events/2022-08-15-bezoek-aan-oekraine-een-bijzondere-reis-1.md\n", result.Output);
        var text = site.Read("input/events/2022-08-15-bezoek-aan-oekraine-een-bijzondere-reis-1.md");
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
        var before = site.Read("input/events/2022-02-07-samenvoeging-ind-loketten.md");
        var result = Support.Cli.Run(site.Root, "new", "event", "--title", "Samenvoeging IND-loketten", "--date", "2022-02-07");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists; nothing was written", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("input/events/2022-02-07-samenvoeging-ind-loketten.md"));
    }

    [Fact]
    public void New_event_without_a_day_takes_month_and_year()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = Support.Cli.Run(site.Root, "new", "event", "--title", "Zomerreces", "--month", "Juli", "--year", "2022");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("---\ntitle: \"Zomerreces\"\nmonth: juli\n---\n", site.Read("input/events/2022-07-zomerreces.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--title", "X", "--date", "15-08-2022")]
    [InlineData("--title", "X")]
    [InlineData("--title", "X", "--month", "juli")]
    [InlineData("--title", "X", "--month", "july", "--year", "2022")]
    [InlineData("--title", "!!!", "--date", "2022-08-15")]
    [InlineData("--date", "2022-08-15")]
    public void Bad_arguments_are_usage_errors_and_write_nothing(params string[] args)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = Directory.GetFiles(Path.Combine(site.Input, "events")).Length;
        var result = Support.Cli.Run(site.Root, ["new", "event", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Input, "events")).Length);
    }
}
