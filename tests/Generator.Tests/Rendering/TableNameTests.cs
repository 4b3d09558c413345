using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// A Markdown table is a box that Tab reaches (it scrolls on a phone), so a screen reader announces it: it is named
/// after the nearest heading above it in its text, and a table with no heading above it is RPT511 at the table.
/// </summary>
public class TableNameTests
{
    private const string Table = "| Onderdeel | Aantal |\n|:--|--:|\n| Asiel | 1.234 |\n";

    [Fact]
    public void Each_table_is_named_after_the_nearest_heading_above_it_on_the_report_and_the_event_page()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/events/2030-11-30-laatste.md",
            "---\ntitle: Laatste\ndate: 2030-11-30\n---\n# Aanvragen in *2030*\n\nTekst.\n\n" + Table
            + "\n## Beslissingen &amp; `bezwaren`\n\n> " + Table.Replace("\n|", "\n> |", StringComparison.Ordinal)
            + "\n### Kop zonder tabel\n\nAlleen tekst.\n");
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\n# Cijfers van het jaar\n\nEerst tekst.\n\n" + Table);
        var result = site.BuildSuccessfully();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TableUnnamed);

        foreach (var page in new[] { "2030/index.html", "2030/11/laatste/index.html" })
        {
            var tables = site.Page(page).QuerySelectorAll("main table:not(.finance-table)").ToList();
            var names = tables.Where(t => t.Closest("#laatste, .event-page") is not null).Select(t => t.GetAttribute("aria-label")).ToList();
            Assert.Equal(["Aanvragen in 2030", "Beslissingen & bezwaren"], names);
            Assert.All(tables, t => Assert.Equal("0", t.GetAttribute("tabindex")));
        }

        var chapter = site.Page().QuerySelectorAll("main table:not(.finance-table)").Select(t => t.GetAttribute("aria-label")).ToList();
        Assert.Contains("Cijfers van het jaar", chapter);
    }

    [Fact]
    public void A_table_with_no_heading_above_it_is_RPT511_at_the_table_and_one_below_a_heading_is_not()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/events/2030-11-30-laatste.md",
            "---\ntitle: Laatste\ndate: 2030-11-30\n---\nEen inleiding.\n\n" + Table + "\n# Daarna\n\n" + Table);
        var result = site.BuildSuccessfully();

        var unnamed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TableUnnamed);
        Assert.Equal(Severity.Warning, unnamed.Severity);
        Assert.Equal(new SourceLocation("input/2030/events/2030-11-30-laatste.md", 7, 1), unnamed.Location);
        Assert.Contains("heading", unnamed.Message, StringComparison.Ordinal);
        var tables = site.Page("2030/11/laatste/index.html").QuerySelectorAll("main table").ToList();
        Assert.Equal([null, "Daarna"], tables.Select(t => t.GetAttribute("aria-label")));
    }
}
