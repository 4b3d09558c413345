using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>new event</c> never writes a file its own build rejects: it writes one that builds, or refuses with the reason.</summary>
public class NewEventOddArgumentTests
{
    [Theory]
    [InlineData("Zeg \"ja\" tegen 'nee'", "2022-03-04")]
    [InlineData("Doel: 100% bereikt: klaar", "2022-03-05")]
    [InlineData("# Geen kop #1", "2022-03-06")]
    [InlineData("- lijstje", "2022-03-07")]
    [InlineData("-- streepjes --", "2022-03-08")]
    [InlineData("Ærø, Çanakkale en 日本語 🎉", "2022-03-09")]
    [InlineData("{{ finance.saldo }} en {% raw %}", "2022-03-10")]
    [InlineData("  spaties rondom  ", "2022-03-11")]
    [InlineData("back\\slash \\n en [link](x.md) <b>vet</b> &amp;", "2022-03-12")]
    [InlineData("yes", "2022-03-13")]
    [InlineData("null", "2022-03-14")]
    [InlineData("@ thuis, `x`, |, >, !, %, *, &", "2022-03-15")]
    [InlineData("@thuis", "2022-03-16")]
    public void An_odd_but_readable_title_gives_a_file_that_builds(string title, string date)
    {
        using var site = TestSite.CopyOfRealReport();
        var made = site.Run("new", "event", "--title", title, "--date", date);
        Assert.True(made.ExitCode == 0, made.Error);
        var check = site.Run("check");
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.StartsWith("Checked 25 events", check.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\nb", "--title holds the character U+000A (")]
    [InlineData("a\r\nb", "--title holds the character U+000D (")]
    [InlineData("tab\there", "--title holds the character U+0009 (")]
    [InlineData("nul\u0001", "--title holds the character U+0001 (")]
    [InlineData("regel\u2028scheiding", "--title holds the character U+2028 (")]
    [InlineData("omgekeerd \u202Etekst", "--title holds the character U+202E (")]
    [InlineData("   ", "--title is empty")]
    [InlineData("", "--title is empty")]
    [InlineData("!!!", "--title needs letters or digits")]
    [InlineData("~", "--title needs letters or digits")]
    public void An_unreadable_title_is_refused_with_the_reason_and_nothing_is_written(string title, string reason)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = Directory.GetFiles(Path.Combine(site.Year, "events")).Length;
        var result = site.Run("new", "event", "--title", title, "--date", "2022-03-04");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Year, "events")).Length);
        Assert.Equal(0, site.Run("check").ExitCode);
    }

    [Fact]
    public void A_very_long_title_is_refused_and_one_at_the_limit_builds()
    {
        using var site = TestSite.CopyOfRealReport();
        var tooLong = site.Run("new", "event", "--title", new string('x', 201), "--date", "2022-03-04");
        Assert.Equal(2, tooLong.ExitCode);
        Assert.Contains("--title is 201 characters long; a heading may have at most 200.", tooLong.Error, StringComparison.Ordinal);

        var longest = string.Join(' ', Enumerable.Repeat("woord", 33)) + " ab";
        Assert.Equal(200, longest.Length);
        Assert.Equal(0, site.Run("new", "event", "--title", longest, "--date", "2022-03-04").ExitCode);
        Assert.Equal(0, site.Run("check").ExitCode);
    }
}
