using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Rendering;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>The statement beside the previous year's: the columns a reader sees, and the figures the text can name.</summary>
public class YearOverYearTests
{
    // A fictional 2030 statement with the comparison column of its printed version (2029).
    private const string StatedFinance = """
        title: Baten en lasten
        caption: Baten en lasten 2030
        column: Realisatie 2030
        unit: 1000
        income:
          lines:
            - key: bijdrage
              label: Bijdrage moederdepartement
              amount: 1200
              previous: 1150
            - key: overige_baten
              label: Overige baten
              amount: 34
            - key: verhuur
              label: Verhuur van zalen
              previous: 20
        expenses:
          lines:
            - key: personele_kosten
              label: Personele kosten
              amount: 900
              previous: 910
            - key: materiele_kosten
              label: Materiële kosten
              amount: 400
              previous: 300
        saldo:
          previous: -40
        memo:
          - key: project
            label: Kosten project 2030
            amount: 55
            previous: 40

        """;

    private static readonly string[] Expected =
    [
        "Baten",
        "Bijdrage moederdepartement | 1.200 | 1.150 | 50",
        "Overige baten | 34 |  | ",
        "Verhuur van zalen |  | 20 | ",
        "Totaal baten | 1.234 | 1.170 | 64",
        "Lasten",
        "Personele kosten | 900 | 910 | −10",
        "Materiële kosten | 400 | 300 | 100",
        "Totaal lasten | 1.300 | 1.210 | 90",
        "Saldo van baten en lasten | −66 | −40 | −26",
        "Ter informatie (begrepen in de lasten)",
        "Kosten project 2030 | 55 | 40 | 15",
    ];

    [Fact]
    public void Stated_previous_figures_add_the_columns_Realisatie_and_Verschil_with_an_empty_cell_for_a_line_of_one_year()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/finance.yml", StatedFinance);
        site.BuildSuccessfully();

        AssertComparedTable(site.Page().QuerySelector("#baten-en-lasten table")!, "Realisatie 2029");
    }

    [Fact]
    public void Two_years_rendered_through_the_view_model_show_the_previous_year_by_key()
    {
        var diagnostics = new DiagnosticBag();
        FinanceReport Compute(string yaml, string path) => FinanceCalculator.Compute(FinanceReader.Read(yaml, path, diagnostics)!, diagnostics)!;
        var previous = Compute("""
            unit: 1
            income:
              lines:
                - key: bijdrage_moederdepartement
                  label: Bijdrage van het ministerie
                  amount: 1150000
                - key: verhuur
                  label: Verhuur van zalen
                  amount: 20000
            expenses:
              lines:
                - key: personele_kosten
                  label: Personeel
                  amount: 910000
                - key: materiele_kosten
                  label: Materieel
                  amount: 300000
            memo:
              - key: project
                label: Kosten project 2029
                amount: 40000
            """, "input/2029/finance.yml");
        var current = Compute(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "minimal", "input", "2030", "finance.yml")), "input/2030/finance.yml");
        var site = new SiteSettings("Jaaroverzicht 2030", "Voorbeelddienst", 2030, "nl", "Fictief.");
        var report = ReportAssembler.Assemble(site, [], [], current, false, diagnostics) with
        {
            Comparison = FinanceComparison.Compare(current, previous, 2030, diagnostics),
        };
        var theme = ThemeLoader.Load(RepositoryPaths.Theme, p => p, diagnostics)!;
        var sink = new Generator.Serving.MemorySink();
        SiteRenderer.Render(report, theme, sink, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        AssertComparedTable(new HtmlParser().ParseDocument(sink.Pages["2030/index.html"]).QuerySelector("#baten-en-lasten table")!, "Realisatie 2029");
    }

    [Fact]
    public void Without_a_previous_year_the_table_has_one_column_of_figures()
    {
        using var site = TestSite.FromFixture("minimal");
        site.BuildSuccessfully();
        var table = site.Page().QuerySelector("#baten-en-lasten table")!;
        Assert.Equal(["Omschrijving", "Realisatie 2030"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tr.group-heading th"), th => Assert.Equal("2", th.GetAttribute("colspan")));
    }

    [Fact]
    public void The_text_names_the_previous_year_and_the_change_in_Dutch()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/finance.yml", StatedFinance);
        site.Write("input/2030/sections/slot.md", """
            ---
            title: Slot
            order: 1
            ---
            In {{ finance.previous.year }} waren de baten {{ finance.previous.income.total | euro_millions }}; dat is {{ finance.income.total | format_change finance.previous.income.total }}.
            De lasten: {{ finance.expenses.total | format_change_percent finance.previous.expenses.total }}, personeel {{ finance.lines.personele_kosten | format_change finance.previous.lines.personele_kosten }}.
            Het saldo was {{ finance.previous.saldo | format_amount }}; verhuur {{ finance.previous.lines.verhuur | format_amount }}; project {{ finance.previous.memo.project | euro }}.
            """);
        site.BuildSuccessfully();

        var text = site.Page().GetElementById("slot")!.TextContent;
        Assert.Contains("In 2029 waren de baten €\u00a01,2\u00a0miljoen; dat is een stijging van 5,5\u00a0%.", text, StringComparison.Ordinal);
        Assert.Contains("De lasten: +7,4\u00a0%, personeel een daling van 1,1\u00a0%.", text, StringComparison.Ordinal);
        Assert.Contains("Het saldo was −40; verhuur 20; project €\u00a040.000.", text, StringComparison.Ordinal);
    }

    // The previous year, and a line or memo line it does not have: each an error at the line and column of the name that does not exist.
    [Theory]
    [InlineData(false, "{{ finance.previous.saldo | format_amount }}", "previous", "there is no previous year to compare with: 2029 is not in the site and input/2030/finance.yml states no figures for it")]
    [InlineData(true, "{{ finance.previous.lines.overige_baten | format_amount }}", "overige_baten", "there is no 'overige_baten' here; there is: bijdrage, materiele_kosten, personele_kosten, verhuur")]
    [InlineData(true, "{{ finance.previous.memo.oekraine | format_amount }}", "oekraine", "there is no 'oekraine' here; there is: project")]
    public void Naming_a_previous_year_or_figure_that_does_not_exist_is_an_error_at_the_expression(bool stated, string expression, string member, string message)
    {
        using var site = TestSite.FromFixture("minimal");
        if (stated)
        {
            site.Write("input/2030/finance.yml", StatedFinance);
        }

        site.Write("input/2030/sections/slot.md", $"---\ntitle: Slot\norder: 1\n---\nVorig jaar: {expression}.\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ContentExpressionRuntime, "input/2030/sections/slot.md", 5), (error.Code, error.Location!.Path, error.Location.Line));
        Assert.StartsWith(member, site.Read("input/2030/sections/slot.md").Split('\n')[4][(error.Location.Column - 1)..], StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_from_zero_is_an_error_not_infinity()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/finance.yml", StatedFinance.Replace("amount: 34\n", "amount: 34\n      previous: 0\n", StringComparison.Ordinal));
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nOverig: {{ finance.lines.overige_baten | format_change finance.previous.lines.overige_baten }}.\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ContentExpressionRuntime, 5), (error.Code, error.Location!.Line));
        Assert.Contains("a change from 0 to 34.000 cannot be written as a percentage", error.Message, StringComparison.Ordinal);
    }

    private static void AssertComparedTable(IElement table, string previousHeading)
    {
        Assert.Equal(["Omschrijving", "Realisatie 2030", previousHeading, "Verschil"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tr.group-heading th"), th => Assert.Equal(("rowgroup", "4"), (th.GetAttribute("scope"), th.GetAttribute("colspan"))));
        Assert.All(table.QuerySelectorAll("tbody tr:not(.group-heading)"), tr =>
        {
            Assert.Equal(("TH", "row"), (tr.Children[0].TagName, tr.Children[0].GetAttribute("scope")));
            Assert.Equal(4, tr.Children.Length);
        });
        Assert.Null(table.QuerySelector("[style]"));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(Expected, rows);
    }
}
