using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

public class BuildTests
{
    [Fact]
    public void Building_twice_gives_byte_identical_output()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var first = site.OutputFingerprint();
        site.BuildSuccessfully();
        Assert.Equal(first, site.OutputFingerprint());
    }

    [Theory]
    [InlineData("tr_TR.UTF-8", "Pacific/Kiritimati", "0")]   // Turkish casing rules, UTC+14
    [InlineData("nl_NL.UTF-8", "America/St_Johns", "1")]     // Dutch culture data, UTC−3:30, invariant globalization
    [InlineData("ar_SA.UTF-8", "Asia/Kathmandu", "0")]       // another calendar and digits, UTC+5:45
    public void Output_does_not_depend_on_culture_time_zone_or_globalization_mode(string culture, string timeZone, string invariant)
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var here = site.OutputFingerprint();

        var other = Path.Combine(site.Root, "output-elsewhere");
        var environment = new Dictionary<string, string>
        {
            ["TZ"] = timeZone,
            ["LANG"] = culture,
            ["LC_ALL"] = culture,
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant,
        };
        var result = Support.Cli.Run(site.Root, environment, "build", "--input", site.Input, "--theme", site.Theme, "--output", other);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(here, site.OutputFingerprint(other));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        File.WriteAllText(Path.Combine(site.Output, "eigen-bestand.txt"), "van de redactie");
        var before = site.OutputFingerprint();

        site.Edit("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "date: 2022-01-26", "date: 26-01-2022");
        var result = site.Build();

        Assert.True(result.HasErrors);
        Assert.False(result.Written);
        Assert.Equal(before, site.OutputFingerprint());
        Assert.Equal(["output"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Where(n => n!.Contains("output", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_output_and_keeps_the_previous_site_only_in_the_staging_folder()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        const string removedPage = "2022/01/ind-onderzoekt-interne-cultuur/index.html";
        var old = site.Read("output/" + removedPage);
        File.Delete(Path.Combine(site.Year, "events", "2022-01-26-ind-onderzoekt-interne-cultuur.md"));
        site.BuildSuccessfully();
        Assert.DoesNotContain(removedPage, site.OutputFiles());
        Assert.Equal([".output.staging", "input", "output", "theme"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(old, site.Read(".output.staging/" + removedPage));
    }

    [Fact]
    public void A_rebuild_rewrites_only_changed_files_and_removes_pages_the_site_no_longer_has()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var untouched = Path.Combine(site.Output, "2022", "12", "het-aantal-aanvragen-blijft-stijgen", "index.html");
        var before = File.GetLastWriteTimeUtc(untouched);
        var length = new FileInfo(untouched).Length;
        Thread.Sleep(20);

        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "month: februari", "month: februari\ndraft: true");
        site.BuildSuccessfully();

        Assert.False(Directory.Exists(Path.Combine(site.Output, "2022", "02", "samenvoeging-ind-loketten")));
        Assert.True(Directory.Exists(Path.Combine(site.Output, "2022", "02")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(untouched));
        Assert.Equal(length, new FileInfo(untouched).Length);
        Assert.Equal([".output.lock", ".output.staging", "input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_at_once_across_files()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "date: 2022-01-26", "date: 2022-13-26");
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "month: februari", "month: februarie");
        site.Edit("input/2022/finance.yml", "amount: 176735", "amount: 176.735,0");
        site.Edit("input/site.yml", "language: nl", "language: nl\nopen_data: misschien");
        var result = site.Build();

        Assert.Equal(
            ["input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "input/2022/finance.yml", "input/site.yml"],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Location!.Path).Distinct());
    }

    [Fact]
    public void A_planned_event_later_than_today_is_published_like_any_other()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.Move(site.Year, Path.Combine(site.Input, "2099"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Year, "events")))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("date: 2022-", "date: 2099-", StringComparison.Ordinal));
        }

        site.Edit("input/2099/sections/ook-dit-was-2022.md", "In 2022", "In 2099");
        var result = site.BuildSuccessfully();
        Assert.Equal(24, result.EventCount);
        Assert.True(File.Exists(Path.Combine(site.Output, "2099/12/het-aantal-aanvragen-blijft-stijgen/index.html")));
    }

    [Fact]
    public void A_missing_input_folder_is_an_error_that_says_what_to_do()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.Delete(site.Input, recursive: true);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.FolderMissing, error.Code);
        Assert.Contains("'input' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_into_an_unwritable_place_is_an_error_not_a_crash()
    {
        using var site = TestSite.CopyOfRealReport();
        File.WriteAllText(Path.Combine(site.Root, "bestand"), "geen map");
        var result = site.Build(Path.Combine(site.Root, "bestand", "output"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.False(result.Written);
    }
}
