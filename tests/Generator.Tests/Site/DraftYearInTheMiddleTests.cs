using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>
/// A draft year in the middle (the fixture three-years: 2028, 2029 as a draft, 2030). Without --drafts the site is
/// exactly the site without 2029's folder: the overview and the links between the reports pass over it, and 2030 is
/// compared with the figures its own finance.yml states for 2029 (unchecked, and the build says so) or with nothing,
/// never with 2028. With --drafts 2029 is a year like the others: listed, linked, compared with and checked against.
/// </summary>
public class DraftYearInTheMiddleTests
{
    private static TestSite SiteWith2029AsDraft()
    {
        var site = TestSite.FromFixture("three-years");
        site.Edit("input/2029/report.yml", "title:", "draft: true\ntitle:");
        return site;
    }

    private static IReadOnlyList<string> Head(TestSite site, string page) =>
        [.. site.Page(page).QuerySelectorAll("#baten-en-lasten table thead th").Select(th => th.TextContent)];

    private static string? Link(TestSite site, string page, string rel) => site.Page(page).QuerySelector($".year-pager a[rel={rel}]")?.GetAttribute("href");

    [Fact]
    public void Without_drafts_the_site_is_the_site_without_the_draft_years_folder_and_says_what_2030_is_compared_with()
    {
        using var site = SiteWith2029AsDraft();
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);

        using var absent = TestSite.FromFixture("three-years");
        Directory.Delete(Path.Combine(absent.Input, "2029"), recursive: true);
        Assert.Equal(0, absent.Run("build").ExitCode);
        Assert.Equal(absent.OutputFingerprint(), site.OutputFingerprint());

        // What that site is: the overview lists 2030 and 2028, the reports link to each other, and 2030 has no comparison (not with 2028).
        Assert.Equal(["2030", "2028"], site.Page("index.html").QuerySelectorAll("table.overview-table tbody th").Select(th => th.TextContent));
        Assert.Equal("../2028/index.html", Link(site, "2030/index.html", "prev"));
        Assert.Equal("../2030/index.html", Link(site, "2028/index.html", "next"));
        Assert.Equal(["Omschrijving", "Realisatie 2030"], Head(site, "2030/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "2029")));
        Assert.Contains("info: 2029 is left out: it is a draft", result.Output, StringComparison.Ordinal);
        Assert.Contains("info: 2030 has no column for 2029: 2029 is a draft left out and input/2030/finance.yml states no figures for it ('previous'). Add --drafts to compare it with 2029.\n",
            result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info: 2028", result.Output, StringComparison.Ordinal);

        // As with no 2029 at all, a text of 2030 that names the previous year's figures has nothing to take them from.
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nVorig jaar: {{ finance.previous.saldo | format_amount }}.\n");
        var naming = site.Run("build");
        Assert.Equal(1, naming.ExitCode);
        Assert.Contains($"input/2030/sections/slot.md(5,24): error {DiagnosticCodes.ContentExpressionRuntime}:", naming.Error, StringComparison.Ordinal);
        Assert.Contains("2029 is a draft left out of this build (add --drafts to include it) and input/2030/finance.yml states no figures for it", naming.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_drafts_the_draft_year_is_listed_linked_compared_with_and_checked_against()
    {
        using var site = SiteWith2029AsDraft();
        var result = site.Run("build", "--drafts");
        Assert.True(result.ExitCode == 0, result.Error);

        Assert.Equal(["2030", "2029", "2028"], site.Page("index.html").QuerySelectorAll("table.overview-table tbody th").Select(th => th.TextContent));
        Assert.Equal("../2029/index.html", Link(site, "2030/index.html", "prev"));
        Assert.Equal("../2029/index.html", Link(site, "2028/index.html", "next"));
        Assert.Equal(["Omschrijving", "Realisatie 2030", "Realisatie 2029", "Verschil"], Head(site, "2030/index.html"));
        Assert.Equal(["Omschrijving", "Realisatie 2029", "Realisatie 2028", "Verschil"], Head(site, "2029/index.html"));
        Assert.DoesNotContain("info:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stated_previous_figures_are_shown_unchecked_without_drafts_and_checked_against_the_draft_with_drafts()
    {
        using var site = SiteWith2029AsDraft();
        // 2029's own statement says 1100 for the bijdrage and 800 for the personele kosten; 2030's states 1150 and 800.
        site.Edit("input/2030/finance.yml", "      amount: 1300\n", "      amount: 1300\n      previous: 1150\n");
        site.Edit("input/2030/finance.yml", "      amount: 850\n", "      amount: 850\n      previous: 800\n");

        var without = site.Run("build");
        Assert.True(without.ExitCode == 0, without.Error);
        Assert.Equal(["Omschrijving", "Realisatie 2030", "Realisatie 2029", "Verschil"], Head(site, "2030/index.html"));
        Assert.Equal("Bijdrage van de eigenaar | 1.300 | 1.150 | 150",
            string.Join(" | ", site.Page("2030/index.html").QuerySelector("#baten-en-lasten tbody tr.line")!.Children.Select(c => c.TextContent)));
        Assert.Contains("info: 2030 is compared with the figures input/2030/finance.yml states for 2029 ('previous'), unchecked: 2029's own statement is a draft left out. Add --drafts to check them against it.\n",
            without.Output, StringComparison.Ordinal);

        var with = site.Run("build", "--drafts");
        Assert.Equal(1, with.ExitCode);
        Assert.Contains($"input/2030/finance.yml(10,17): error {DiagnosticCodes.PreviousYearMismatch}:", with.Error, StringComparison.Ordinal);

        site.Edit("input/2030/finance.yml", "previous: 1150", "previous: 1100");
        var agreeing = site.Run("build", "--drafts");
        Assert.True(agreeing.ExitCode == 0, agreeing.Error);
        Assert.DoesNotContain("info: 2030", agreeing.Output, StringComparison.Ordinal);
    }
}
