using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>new event</c> never writes a file its own build rejects: the would-be file is checked with the build's own rules
/// against the existing input (addresses RPT107, ids on the report page RPT112), refused with the build's message, and
/// nothing is written.
/// </summary>
public class NewEventBuildRulesTests
{
    private static void AssertRefused(TestSite site, string code, string fileNamePart, params string[] args)
    {
        var before = Directory.GetFiles(Path.Combine(site.Input, "2022", "events")).Order(StringComparer.Ordinal).ToList();
        var result = site.Run(["new", "event", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("generator: error: these arguments would make a file that the build rejects, so nothing was written:\n", result.Error, StringComparison.Ordinal);
        var line = Assert.Single(result.Error.Split('\n'), l => l.Contains(": error RPT", StringComparison.Ordinal));
        Assert.Contains($"-{fileNamePart}.md", line, StringComparison.Ordinal); // at the new file, or at the other one that names it
        Assert.Contains($": error {code}: ", line, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Input, "2022", "events")).Order(StringComparer.Ordinal));
        Assert.Equal(0, site.Run("check").ExitCode);
    }

    [Theory]
    [InlineData("Juni", "juni")] // a month's anchor
    [InlineData("Maart", "maart")]
    [InlineData("Inhoud", "inhoud")] // the theme's own ids
    [InlineData("Baten en lasten", "baten-en-lasten")]
    [InlineData("Inhoudsopgave", "inhoudsopgave")]
    [InlineData("Duurzaamheid", "duurzaamheid")] // a chapter's
    public void A_title_whose_address_is_an_id_of_the_report_page_is_refused(string title, string slug)
    {
        using var site = TestSite.CopyOfRealReport();
        AssertRefused(site, "RPT112", slug, "--title", title, "--date", "2022-05-05");
    }

    [Theory]
    [InlineData("maart")]
    [InlineData("inhoud")]
    [InlineData("personeel")]
    public void A_slug_that_is_an_id_of_the_report_page_is_refused(string slug)
    {
        using var site = TestSite.CopyOfRealReport();
        AssertRefused(site, "RPT112", slug, "--title", "Iets", "--slug", slug, "--date", "2022-04-05");
    }

    [Theory]
    [InlineData("Russische inval in Oekraïne", "2022-03-05", "russische-inval-in-oekraine")] // the same title in the same month
    [InlineData("Russische inval in Oekraïne", "2022-11-05", "russische-inval-in-oekraine")] // in another month: one page, one namespace
    [InlineData("IND onderzoekt interne cultuur!", "2022-01-27", "ind-onderzoekt-interne-cultuur")] // another title, the same address
    public void A_title_whose_address_another_event_has_is_refused(string title, string date, string slug)
    {
        using var site = TestSite.CopyOfRealReport();
        AssertRefused(site, "RPT107", slug, "--title", title, "--date", date);
    }

    [Fact]
    public void A_draft_year_in_preparation_does_not_stop_the_check_of_another_year()
    {
        using var site = TestSite.CopyOfRealReport();
        Assert.Equal(0, site.Run("new", "year", "2023").ExitCode); // a draft with every amount still empty
        AssertRefused(site, "RPT112", "juni", "--title", "Juni", "--date", "2022-05-05");
        AssertRefused(site, "RPT107", "russische-inval-in-oekraine", "--title", "Russische inval in Oekraïne", "--date", "2022-03-05");
    }

    [Fact]
    public void Errors_the_input_already_has_are_not_blamed_on_the_new_file()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "amount: 427973", "amount: 427.973");
        var result = site.Run("new", "event", "--title", "Iets nieuws", "--date", "2022-05-05");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(site.Year, "events", "2022-05-05-iets-nieuws.md")));
    }

    [Theory]
    [InlineData("x\u00ADy", "U+00AD (soft hyphen) at character 2")]
    [InlineData("x\uFE0Fy", "U+FE0F (variation selector) at character 2")]
    [InlineData("x\u034Fy", "U+034F at character 2")]
    [InlineData("x\u200By", "U+200B (zero-width space) at character 2")]
    [InlineData("x\u3164y", "U+3164 at character 2")]
    public void An_invisible_character_is_refused_and_named(string title, string named)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", title, "--date", "2022-05-05");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"generator: error: --title holds the character {named}, which a heading cannot show: a heading is one line of visible text.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Year, "events", "2022-05-05-x-y.md")));
        Assert.False(File.Exists(Path.Combine(site.Year, "events", "2022-05-05-xy.md")));
    }

    [Fact]
    public void A_variation_selector_and_joiner_of_an_emoji_are_kept()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", "Wij \u2764\uFE0F de IND \U0001F469\u200D\U0001F4BB", "--date", "2022-05-05");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(0, site.Run("check").ExitCode);
    }
}
