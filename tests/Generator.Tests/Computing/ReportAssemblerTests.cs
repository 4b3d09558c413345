using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Computing;

public class ReportAssemblerTests
{
    private static readonly SiteSettings Site = new("Jaaroverzicht 2022", "IND", 2022, "nl", "");

    private static readonly FinanceReport Finance = FinanceCalculator.Compute(
        new FinanceStatement("f.yml", "t", "c", "k", 1m,
            new FinanceGroup("Baten", "Totaal baten", [new FinanceLine("a", "a", 1m)], null, new SourceLocation("f.yml", 1, 1)),
            new FinanceGroup("Lasten", "Totaal lasten", [new FinanceLine("b", "b", 1m)], null, new SourceLocation("f.yml", 1, 1)),
            "Saldo", null, [], "n"),
        new DiagnosticBag())!;

    private static EventSource Event(string path, string title, int month, int? day = null) =>
        new(path, title, day is { } d ? new DateOnly(2022, month, d) : null, month, "x", 5, new SourceLocation(path, 2, 8));

    [Fact]
    public void Events_are_in_date_order_with_month_only_events_heading_their_month()
    {
        var report = ReportAssembler.Assemble(Site,
        [
            Event("d.md", "Vier", 3, 9),
            Event("a.md", "Een", 1, 26),
            Event("c.md", "Drie", 3),
            Event("b.md", "Twee", 2, 7),
            Event("e.md", "Vijf", 3, 1),
        ], [], Finance, false, new DiagnosticBag());

        Assert.Equal(["Een", "Twee", "Drie", "Vijf", "Vier"], report.Events.Select(e => e.Source.Title));
        Assert.Equal([1, 2, 3], report.Months.Select(m => m.Month));
        Assert.Equal(["Drie", "Vijf", "Vier"], report.Months[2].Events.Select(e => e.Source.Title));
    }

    [Fact]
    public void Each_event_gets_an_address_from_year_month_and_title()
    {
        var report = ReportAssembler.Assemble(Site, [Event("a.md", "Russische inval in Oekraïne", 3)], [], Finance, false, new DiagnosticBag());
        Assert.Equal("2022/03/russische-inval-in-oekraine/", report.Events[0].Address.Folder);
    }

    [Fact]
    public void Two_events_with_the_same_address_are_an_error_at_the_second_title()
    {
        var diagnostics = new DiagnosticBag();
        ReportAssembler.Assemble(Site, [Event("a.md", "Zelfde titel", 3, 1), Event("b.md", "Zelfde  titel!", 4, 2)], [], Finance, false, diagnostics);
        Assert.Equal("b.md(2,8): error RPT107: This title gives the address 'zelfde-titel', which a.md already has. Give one of the two events its own address with a line like 'slug: zelfde-titel-2' in its front matter, or make the titles differ.",
            Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void Chapters_are_ordered_by_their_order_and_a_duplicate_order_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var report = ReportAssembler.Assemble(Site, [],
            [new SectionSource("c.md", "Drie", 3, "", 4), new SectionSource("a.md", "Een", 1, "", 4), new SectionSource("b.md", "Ook een", 1, "", 4)],
            Finance, false, diagnostics);
        Assert.Equal(["Een", "Ook een", "Drie"], report.Sections.Select(s => s.Title));
        Assert.Equal(DiagnosticCodes.SectionOrderDuplicate, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
