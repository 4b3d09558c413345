using System.Globalization;
using Generator.Diagnostics;
using Generator.Tests.Support;
using Generator.Text;

namespace Generator.Tests.Site;

/// <summary>No amount is shown as "€ 0,0 miljoen" or without its sign: the overview's cards choose the scale that shows
/// it (<see cref="DutchNumbers.Euro"/>), and <c>euro_millions</c> of an amount too small for millions is an error that names <c>euro</c>.</summary>
public class SmallAmountsTests
{
    private const string Nbsp = "\u00A0";

    private static TestSite MinimalWithUnitOne(int baten, int lasten)
    {
        var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/finance.yml", string.Create(CultureInfo.InvariantCulture,
            $"caption: Baten en lasten 2030\ncolumn: Realisatie 2030\nunit: 1\nincome:\n  lines:\n    - key: bijdrage\n      label: Bijdrage\n      amount: {baten}\n"
            + $"expenses:\n  lines:\n    - key: personeel\n      label: Personeel\n      amount: {lasten}\n"));
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "| euro_millions", "| euro");
        return site;
    }

    [Theory]
    [InlineData(400, 500, "€ 400", "€ 500", "€ −100")]
    [InlineData(40_000, 90_000, "€ 40.000", "€ 90.000", "€ −50.000")]
    [InlineData(999_999, 1_000_000, "€ 999.999", "€ 1,0 miljoen", "€ −1")]
    [InlineData(1_250_000, 49_999, "€ 1,3 miljoen", "€ 49.999", "€ 1,2 miljoen")]
    public void The_overview_cards_show_each_amount_on_a_scale_that_shows_it(int baten, int lasten, string income, string expenses, string saldo)
    {
        using var site = MinimalWithUnitOne(baten, lasten);
        site.BuildSuccessfully();

        var figures = site.Page("index.html").QuerySelectorAll(".overview-figures dd").Select(dd => dd.TextContent).ToList();
        Assert.Equal([income, expenses, saldo], figures.Select(f => f.Replace(Nbsp, " ", StringComparison.Ordinal)));
        Assert.DoesNotContain(figures, f => f.Contains("0,0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_in_whole_euros_says_bedragen_in_euro_and_one_in_thousands_says_times_euro_1000()
    {
        using (var site = MinimalWithUnitOne(400, 500))
        {
            site.BuildSuccessfully();
            Assert.Equal("(bedragen in €)", site.Page().QuerySelector(".finance-table caption .unit")!.TextContent);
        }

        using (var site = TestSite.FromFixture("minimal"))
        {
            site.BuildSuccessfully();
            Assert.Equal($"(bedragen ×{Nbsp}€{Nbsp}1.000)", site.Page().QuerySelector(".finance-table caption .unit")!.TextContent);
            Assert.Equal($"(bedragen ×{Nbsp}€{Nbsp}1.000)", site.Page("index.html").QuerySelector(".overview-table caption .unit")!.TextContent);
        }
    }

    [Theory]
    [InlineData(-40000, "€ −40.000")]
    [InlineData(49999, "€ 49.999")]
    [InlineData(-49999, "€ −49.999")]
    [InlineData(1, "€ 1")]
    public void Euro_millions_of_an_amount_too_small_for_millions_is_an_error_that_names_euro(int euros, string shown)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}",
            string.Create(CultureInfo.InvariantCulture, $"{{{{ {euros} | euro_millions }}}}"));

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        // At 'euro_millions' itself: after "{{ ", the number and " | ".
        var column = 35 + 3 + euros.ToString(CultureInfo.InvariantCulture).Length + 3;
        Assert.Equal(new SourceLocation("input/2030/events/2030-02-01-eerste-gebeurtenis.md", 8, column), error.Location);
        Assert.Contains("too small for euro_millions", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'| euro' ({shown.Replace(" ", Nbsp, StringComparison.Ordinal)})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-40000, "€ −40.000")]
    [InlineData(49999, "€ 49.999")]
    [InlineData(50000, "€ 50.000")]
    [InlineData(-1_250_000, "€ −1,3 miljoen")]
    [InlineData(0, "€ 0")]
    public void Euro_in_prose_shows_the_amount_with_its_sign(int euros, string shown)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}",
            string.Create(CultureInfo.InvariantCulture, $"{{{{ {euros} | euro }}}}"));
        site.BuildSuccessfully();

        var text = site.Page("2030/02/eerste-gebeurtenis-meer/index.html").QuerySelector("main")!.TextContent.Replace(Nbsp, " ", StringComparison.Ordinal);
        Assert.Contains("de baten waren " + shown + ".", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000, "€ 0,1 miljoen")]
    [InlineData(-50_000, "€ −0,1 miljoen")]
    [InlineData(0, "€ 0,0 miljoen")]
    public void Euro_millions_shows_what_rounds_to_a_tenth_of_a_million_or_more_and_zero(int euros, string shown) =>
        Assert.Equal(shown, DutchNumbers.EuroMillions(euros).Replace(Nbsp, " ", StringComparison.Ordinal));
}
