using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>A year's caption, column heading or report title that names another year than its folder's (as a copied
/// report would) is a warning (RPT309) at the year itself, so "Realisatie 2022" is never published in the report of 2021.</summary>
public class OtherYearNamedTests
{
    [Theory]
    [InlineData("input/2022/finance.yml", "column: Realisatie 2022", "column: Realisatie 2021", 6, 20, "The column heading of the statement ('column: Realisatie 2021') names 2021")]
    [InlineData("input/2022/finance.yml", "column: Realisatie 2022", "column: \"Realisatie 2023\"", 6, 21, "names 2023")]
    [InlineData("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: Baten en lasten 2021", 5, 26, "The caption of the statement ('caption: Baten en lasten 2021') names 2021")]
    [InlineData("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: 'Baten en lasten 2019-2020'", 5, 27, "names 2019")]
    [InlineData("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: \"Baten \\\"2021\\\" en lasten 2021\"", 5, 19, "names 2021")] // after an escape: at the year, not the quote
    [InlineData("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: >-\n  Baten en\n  lasten 2022\n  en 2023", 8, 6, "names 2023")]
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: Jaaroverzicht 2023", 2, 22, "The report's title ('title: Jaaroverzicht 2023') names 2023, but this is the report of 2022")]
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: Jaaroverzicht 2022 (€ 2000) 2012", 2, 36, "names 2012")] // ten years off: still a year
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022", "title: Jaaroverzicht 2022 en 2023 aanvragen", 2, 30, "If 2023 is a number and not a year, write it with a thousands dot (2.023).")]
    public void A_heading_that_names_another_year_is_a_warning_at_the_year(string file, string oldText, string newText, int line, int column, string words)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(file, oldText, newText);

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(file, line, column), warning.Location);
        Assert.Contains(words, warning.Message, StringComparison.Ordinal);
        Assert.Contains("Write 2022", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caption: Baten en lasten 2022 (x € 1000)")] // a number that is no year
    [InlineData("caption: Baten en lasten 2022 (€ 2000)")] // an amount
    [InlineData("caption: 'Baten en lasten 2022: 2021 euro'")]
    [InlineData("caption: Baten en lasten 2022 (2.021 stuks)")]
    [InlineData("caption: Baten en lasten 2022, 2021 %")]
    [InlineData("caption: Baten en lasten 2022 voor 2500 aanvragen")] // a count far from any report's year
    [InlineData("caption: Baten en lasten 2022, sinds 1990")] // more than ten years before
    [InlineData("caption: Baten en lasten 20221")] // no year standing alone
    [InlineData("caption: Baten en lasten")]
    public void A_heading_with_its_own_year_or_no_year_is_no_warning(string caption)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "caption: Baten en lasten 2022", caption);
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
    }

    [Fact]
    public void The_previous_year_may_stand_in_the_caption_only_where_the_statement_compares_with_it()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: Baten en lasten 2022 en 2021");
        Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);

        site.Edit("input/2022/finance.yml", "  published_total: 578422", "  published_total: 578422\n  previous_total: 500000");
        site.Edit("input/2022/finance.yml", "  published_total: 604709", "  published_total: 604709\n  previous_total: 500100");
        site.Edit("input/2022/finance.yml", "  published: -26287", "  published: -26287\n  previous: -100");
        var diagnostics = site.Build().Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
    }

    [Fact]
    public void The_previous_year_may_stand_in_the_caption_when_its_folder_is_in_the_site()
    {
        using var site = TestSite.CopyOfRealReport();
        AddYear2021(site);
        site.Edit("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: Baten en lasten 2022 vergeleken met 2021");

        var result = site.BuildSuccessfully();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
        var headings = site.Page("2022/index.html").QuerySelectorAll("table th").Select(th => th.TextContent.Trim());
        Assert.Contains("Realisatie 2021", headings);

        var strict = site.Run("build", "--strict");
        Assert.Equal(0, strict.ExitCode);
        Assert.DoesNotContain("RPT309", strict.Output + strict.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT309", site.Run("check").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_year_in_the_caption_is_a_warning_when_its_folder_is_a_left_out_draft()
    {
        using var site = TestSite.CopyOfRealReport();
        AddYear2021(site);
        site.Write("input/2021/report.yml", "title: Jaaroverzicht 2021\ndescription: Het jaar ervoor.\ndraft: true\n");
        site.Edit("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: Baten en lasten 2022 vergeleken met 2021");

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
        Assert.Equal(new SourceLocation("input/2022/finance.yml", 5, 46), warning.Location);
        Assert.Contains("does not compare with 2021", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caption_is_warned_about_at_another_year_even_when_it_also_names_the_compared_previous_year()
    {
        using var site = TestSite.CopyOfRealReport();
        AddYear2021(site);
        site.Edit("input/2022/finance.yml", "caption: Baten en lasten 2022", "caption: Baten en lasten 2021 en 2020");

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
        Assert.Contains("names 2020", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A year 2021 with the keys of 2022 and one event, so that 2022 compares with its folder.</summary>
    private static void AddYear2021(TestSite site)
    {
        site.Write("input/2021/report.yml", "title: Jaaroverzicht 2021\ndescription: Het jaar ervoor.\n");
        site.Write("input/2021/finance.yml", site.Read("input/2022/finance.yml").Replace("2022", "2021", StringComparison.Ordinal));
        site.Write("input/2021/events/2021-03-01-een-gebeurtenis.md", "---\ntitle: Een gebeurtenis\ndate: 2021-03-01\n---\nIets gebeurde.\n");
        site.Write("input/2021/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nTot slot.\n");
    }
}
