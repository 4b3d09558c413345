using AngleSharp.Dom;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>Every value that reaches HTML is escaped for its context; content cannot inject markup or script.</summary>
public class InjectionTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";

    /// <summary>A report whose every text value, in every file, tries to break out of its context.</summary>
    private static TestSite HostileSite()
    {
        var site = TestSite.FromFixture("minimal");
        string Both(string name) => $"'{name} {Script} {Attribute} javascript:alert(1)'";
        site.Write("input/site.yml", $"title: {Both("Titel")}\norganisation: {Both("Dienst")}\ndescription: {Both("Beschrijving")}\n");
        site.Write("input/2030/report.yml", $"title: {Both("Jaartitel")}\ndescription: {Both("Jaarbeschrijving")}\n");
        site.Write("input/2030/finance.yml", $"""
            title: {Both("Financien")}
            caption: {Both("Bijschrift")}
            column: {Both("Kolom")}
            unit: 1000
            income:
              label: {Both("Baten")}
              total_label: {Both("Totaal baten")}
              lines:
                - key: regel
                  label: {Both("Regel")}
                  amount: 10
            expenses:
              label: {Both("Lasten")}
              total_label: {Both("Totaal lasten")}
              published_total: 5
              lines:
                - key: kosten
                  label: {Both("Kosten")}
                  amount: 3
                - key: meer_kosten
                  label: {Both("Meer kosten")}
                  amount: 3
            saldo:
              label: {Both("Saldo")}
            memo:
              - key: x
                label: {Both("Memo")}
                amount: 1
            rounding_note: {Both("Noot")}
            """);
        site.Write("input/2030/sections/slot.md", $"---\ntitle: {Both("Hoofdstuk")}\norder: 1\n---\nTekst.\n");
        site.Write("input/2030/events/2030-02-01-eerste-gebeurtenis.md", $"---\ntitle: {Both("Gebeurtenis")}\ndate: 2030-02-01\n---\nTekst.\n");
        return site;
    }

    [Fact]
    public void Hostile_values_in_every_template_show_as_text_and_never_as_markup()
    {
        using var site = HostileSite();
        site.BuildSuccessfully();

        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, pages.Count); // the overview, the year's report and its three events
        foreach (var file in pages)
        {
            var page = site.Page(file);
            Assert.Empty(page.QuerySelectorAll("script, img"));
            foreach (var element in page.All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
                Assert.DoesNotContain(element.Attributes, a => a.Name is "href" or "src" && a.Value.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
            }

            Assert.Contains(Script, page.Title!, StringComparison.Ordinal);
            Assert.Contains(Attribute, page.QuerySelector("meta[name=description]")!.GetAttribute("content")!, StringComparison.Ordinal);
        }

        var index = site.Page();
        var overview = site.Page("index.html");
        foreach (var name in new[] { "Titel", "Dienst", "Beschrijving", "Jaartitel", "Jaarbeschrijving" })
        {
            Assert.Contains(overview.QuerySelectorAll("main *"), e => e.TextContent.Contains($"{name} {Script} {Attribute}", StringComparison.Ordinal));
        }

        foreach (var name in new[] { "Jaartitel", "Dienst", "Financien", "Bijschrift", "Kolom", "Totaal baten", "Totaal lasten", "Kosten", "Saldo", "Memo", "Noot", "Hoofdstuk", "Gebeurtenis" })
        {
            Assert.Contains(index.QuerySelectorAll("main *"), e => e.TextContent.Contains($"{name} {Script} {Attribute}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))", 6)]
    [InlineData("[klik](JAVASCRIPT:alert(1))", 6)]
    [InlineData("[klik](&#106;avascript:alert(1))", 6)]
    [InlineData("[klik](vbscript:msgbox(1))", 6)]
    [InlineData("[klik](data:text/html;base64,PHNjcmlwdD4=)", 6)]
    [InlineData("![plaatje](data:image/png;base64,iVBORw0KGgo=)", 6)]
    [InlineData("[klik][ref]\n\n[ref]: javascript:alert(1)", 1)]
    [InlineData("<javascript:alert(1)>", 6)]
    public void Dangerous_link_addresses_are_errors_at_their_source_and_nothing_is_written(string markdown, int column)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/sections/slot.md", $"---\ntitle: Slot\norder: 1\n---\nVoor {markdown}\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(markdown.Contains("[ref]:", StringComparison.Ordinal) ? 7 : 5, error.Location!.Line);
        Assert.Equal(column, error.Location.Column);
        Assert.EndsWith("input/2030/sections/slot.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Raw_HTML_is_text_by_default_and_passes_through_only_when_the_site_allows_it()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nEen <abbr title=\"Immigratie- en Naturalisatiedienst\">IND</abbr>-tekst.\n");
        site.BuildSuccessfully();
        Assert.Empty(site.Page().QuerySelectorAll("#slot abbr"));
        Assert.Contains("<abbr title=", site.Page().GetElementById("slot")!.TextContent, StringComparison.Ordinal);

        site.Edit("input/site.yml", "language: nl", "language: nl\nallow_raw_html: true");
        site.BuildSuccessfully();
        Assert.Equal("IND", site.Page().QuerySelector("#slot abbr")!.TextContent);
    }

    [Theory]
    [InlineData("{{ for i in 1..1000000000 }}x{{ end }}", "loop")]
    [InlineData("{{ x = 'a'; for i in 1..60; x = x + x; end; x }}", "LimitToString")]
    [InlineData("{{ func f; ret f; end; f }}", "recursi")]
    [InlineData("{{ include 'site.yml' }}", "include")]
    [InlineData("{{ date.now }}", "date")]
    [InlineData("{{ finance.income.total.GetType }}", "GetType")]
    public void Expressions_in_content_run_in_a_bounded_sandbox(string expression, string mentioned)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/sections/slot.md", $"---\ntitle: Slot\norder: 1\n---\nTekst {expression}.\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Equal(5, error.Location!.Line);
        Assert.Contains(mentioned, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_page_carries_a_content_security_policy_that_allows_only_the_sites_own_files()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var policy = site.Page(file).QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.NotNull(policy);
            Assert.StartsWith("default-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        }
    }
}
