using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>The example: front matter closed by YAML's '...' and a '---' rule later in the text.</summary>
public class FrontMatterBuildTests
{
    private const string Event = "input/2022/events/2022-06-28-lancering-advocatenportaal.md";

    [Fact]
    public void Front_matter_closed_by_three_dots_keeps_every_paragraph_before_and_after_a_later_rule()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "month: juni\n---\n", "month: juni\n...\n");
        site.Write(Event, site.Read(Event) + "\n---\n\nNa de lijn.\n");

        var result = site.Run("build", "--strict");

        Assert.True(result.ExitCode == 0, result.Error);
        var page = site.Page("2022/06/lancering-advocatenportaal/index.html");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("De IND gaat met de tijd mee", text, StringComparison.Ordinal);
        Assert.Contains("Na de lijn.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("...", text, StringComparison.Ordinal);
        Assert.DoesNotContain("month:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_front_matter_before_a_later_rule_fails_the_build_instead_of_dropping_the_first_paragraph()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "month: juni\n---\n", "month: juni\n\n");
        site.Write(Event, site.Read(Event) + "\n---\n\nNa de lijn.\n");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Event + "(6,", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
