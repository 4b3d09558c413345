using System.Globalization;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>
/// The ledger across year folders, end to end through the real command line on the fixture three-years (the fictional
/// Proefdienst, 2028 to 2030; amounts in thousands): the comparison columns, a line of one year, the cross-year
/// reconciliation, the previous year's figures in a text, and naming a previous year the site does not have.
/// </summary>
public class LedgerAcrossYearsTests
{
    private static TestSite Site(int years)
    {
        var site = TestSite.FromFixture("three-years");
        foreach (var year in new[] { 2028, 2029 }.Take(3 - years))
        {
            Directory.Delete(Path.Combine(site.Input, year.ToString(CultureInfo.InvariantCulture)), recursive: true);
        }

        return site;
    }

    private static List<string> Rows(TestSite site, string page) =>
        [.. site.Page(page).QuerySelectorAll("#baten-en-lasten table tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent)))];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_year_is_compared_with_the_year_before_it_in_the_site_by_key(int count)
    {
        using var site = Site(count);
        // 2030 gets a line that 2029 does not have, under a new label for a key both years have.
        site.Edit("input/2030/finance.yml", "      amount: 1300\n", "      amount: 1250\n    - key: verhuur\n      label: Verhuur van zalen\n      amount: 50\n");
        site.Edit("input/2030/finance.yml", "label: Bijdrage van de eigenaar", "label: Bijdrage van het ministerie");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);

        var head = site.Page("2030/index.html").QuerySelectorAll("#baten-en-lasten table thead th").Select(th => th.TextContent);
        Assert.Equal(["Omschrijving", "Realisatie 2030", "Realisatie 2029", "Verschil"], head);
        Assert.Equal(
            [
                "Baten",
                "Bijdrage van het ministerie | 1.250 | 1.100 | 150",
                "Verhuur van zalen | 50 |  | ",
                "Totaal baten | 1.300 | 1.100 | 200",
                "Lasten",
                "Personele kosten | 850 | 800 | 50",
                "Materiële kosten | 350 | 400 | −50",
                "Totaal lasten | 1.200 | 1.200 | 0",
                "Saldo van baten en lasten | 100 | −100 | 200",
            ],
            Rows(site, "2030/index.html"));

        if (count == 3)
        {
            Assert.Contains("Personele kosten | 800 | 600 | 200", Rows(site, "2029/index.html"));
            Assert.Contains("Saldo van baten en lasten | −100 | 100 | −200", Rows(site, "2029/index.html"));
        }

        // The oldest year of the site has nothing to compare with: one column of figures.
        var oldest = (2031 - count).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(["Omschrijving", "Realisatie " + oldest], site.Page(oldest + "/index.html").QuerySelectorAll("#baten-en-lasten table thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void Previous_figures_that_disagree_with_the_previous_year_folder_fail_the_build_naming_both_files_and_figures()
    {
        using var site = Site(2);
        site.Edit("input/2030/finance.yml", "      amount: 1300\n", "      amount: 1300\n      previous: 1150\n");
        site.Edit("input/2030/finance.yml", "      amount: 850\n", "      amount: 850\n      previous: 800\n");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.Output));
        var lines = result.Error.Split('\n').Where(l => l.Contains(DiagnosticCodes.PreviousYearMismatch, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        var at = site.Read("input/2030/finance.yml").Split('\n').ToList().FindIndex(l => l.Contains("previous: 1150", StringComparison.Ordinal)) + 1;
        var there = site.Read("input/2029/finance.yml").Split('\n').ToList().FindIndex(l => l.Contains("amount: 1100", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"input/2030/finance.yml({at},17): error RPT307:", line, StringComparison.Ordinal);
        Assert.Contains("1.150", line, StringComparison.Ordinal);
        Assert.Contains($"1.100 (× € 1.000) at input/2029/finance.yml({there},15)", line.Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_of_2030_gives_the_2029_figures_from_the_2029_folder()
    {
        using var site = Site(2);
        site.Write("input/2030/sections/slot.md", """
            ---
            title: Slot
            order: 1
            ---
            In {{ finance.previous.year }} waren de baten {{ finance.previous.income.total | euro_millions }}, personeel {{ finance.previous.lines.personele_kosten | format_amount }}; nu {{ finance.income.total | format_change finance.previous.income.total }}.
            """);
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);

        var text = site.Page("2030/index.html").GetElementById("slot")!.TextContent;
        Assert.Contains("In 2029 waren de baten €\u00a01,1\u00a0miljoen, personeel 800; nu een stijging van 18,2\u00a0%.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_the_previous_year_in_the_oldest_year_is_an_error_at_its_line_and_column()
    {
        using var site = Site(2);
        site.Write("input/2029/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nVorig jaar: {{ finance.previous.saldo | format_amount }}.\n");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.Output));
        var column = "Vorig jaar: {{ finance.".Length + 1;
        Assert.Contains($"input/2029/sections/slot.md(5,{column}): error {DiagnosticCodes.ContentExpressionRuntime}:", result.Error, StringComparison.Ordinal);
        Assert.Contains("2028 is not in the site", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_open_data_carries_each_lines_key_so_a_reader_follows_a_line_across_years_whatever_its_label()
    {
        using var site = Site(3);
        site.Edit("input/2030/finance.yml", "label: Bijdrage van de eigenaar", "label: Bijdrage van het ministerie");
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);

        // The site's table: one row per year and line; the key column finds the same line in every year.
        var csv = site.Read("output/finance.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        var key = Array.IndexOf(csv[0], "key");
        Assert.Equal(csv[0].Length - 1, key);
        var bijdrage = csv.Skip(1).Where(r => r[key] == "bijdrage").Select(r => (r[0], r[3], r[5])).ToList();
        Assert.Equal([("2028", "Bijdrage van de eigenaar", "1000000"), ("2029", "Bijdrage van de eigenaar", "1100000"), ("2030", "Bijdrage van het ministerie", "1300000")], bijdrage);
        Assert.Equal(["2028", "2029", "2030"], csv.Skip(1).Where(r => r[key] == "saldo").Select(r => r[0]));
        Assert.All(csv.Skip(1), r => Assert.NotEqual("", r[key]));

        // Each year's files: the same keys.
        var yearCsv = site.Read("output/2030/finance.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        Assert.Equal(["bijdrage", "baten", "personele_kosten", "materiele_kosten", "lasten", "saldo"], yearCsv.Skip(1).Select(r => r[Array.IndexOf(yearCsv[0], "key")]));
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("output/2030/finance.json"));
        var income = json.RootElement.GetProperty("income");
        var line = Assert.Single(income.GetProperty("lines").EnumerateArray());
        Assert.Equal(("bijdrage", "Bijdrage van het ministerie"), (line.GetProperty("key").GetString(), line.GetProperty("label").GetString()));
        Assert.Equal("baten", income.GetProperty("total").GetProperty("key").GetString());
        Assert.Equal(["personele_kosten", "materiele_kosten"], json.RootElement.GetProperty("expenses").GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
    }

    [Fact]
    public void A_years_draft_that_is_not_true_or_false_is_an_error_and_a_site_of_drafts_only_says_there_is_nothing_to_publish()
    {
        using var site = Site(2);
        site.Edit("input/2030/report.yml", "title:", "draft: misschien\ntitle:");
        var bad = site.Run("build");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"input/2030/report.yml(1,8): error {DiagnosticCodes.DraftInvalid}:", bad.Error, StringComparison.Ordinal);

        site.Edit("input/2030/report.yml", "draft: misschien", "draft: true");
        site.Edit("input/2029/report.yml", "title:", "draft: true\ntitle:");
        var none = site.Run("check");
        Assert.Equal(1, none.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.NoYears}: Every year of 'input' is a draft", none.Error, StringComparison.Ordinal);
        Assert.Contains("info: 2029 is left out", none.Output, StringComparison.Ordinal);
        Assert.Equal(0, site.Run("check", "--drafts").ExitCode);
    }
}
