using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Serving;

/// <summary>A rebuild re-reads and re-renders only what a change touches.</summary>
public class PreviewSessionTests
{
    private static PreviewSession Start(TestSite site, StringWriter output)
    {
        var session = new PreviewSession(new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false, IncludeDrafts = true }, output, new StringWriter());
        session.Rebuild(null);
        return session;
    }

    [Fact]
    public void Changing_one_events_text_reads_one_file_and_renders_that_events_page_and_the_report()
    {
        using var site = TestSite.CopyOfRealReport();
        var output = new StringWriter();
        var session = Start(site, output);
        var before = session.Current;

        site.Edit("input/2022/events/2022-06-28-lancering-advocatenportaal.md", "We blijven", "Wij blijven");
        var after = session.Rebuild([Path.Combine(site.Year, "events", "2022-06-28-lancering-advocatenportaal.md")]);

        Assert.EndsWith("1 file read, 1 text and 2 pages rendered.\n", output.ToString(), StringComparison.Ordinal);
        var changed = after.Pages.Where(p => before.Pages[p.Key] != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["2022/06/lancering-advocatenportaal/index.html", "2022/index.html"], changed);
        Assert.DoesNotContain("Wij blijven", before.File("events.json"), StringComparison.Ordinal);
        Assert.Contains("Wij blijven", after.File("events.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_title_re_renders_the_neighbours_and_a_finance_change_re_renders_the_texts()
    {
        using var site = TestSite.CopyOfRealReport();
        var output = new StringWriter();
        var session = Start(site, output);

        site.Edit("input/2022/events/2022-06-28-lancering-advocatenportaal.md", "title: Lancering advocatenportaal", "title: Lancering van het advocatenportaal");
        var afterTitle = session.Rebuild([Path.Combine(site.Year, "events", "2022-06-28-lancering-advocatenportaal.md")]);
        Assert.Contains("2022/06/lancering-van-het-advocatenportaal/index.html", afterTitle.Pages.Keys);
        Assert.DoesNotContain("2022/06/lancering-advocatenportaal/index.html", afterTitle.Pages.Keys);
        Assert.Contains("Lancering van het advocatenportaal", afterTitle.Pages["2022/06/asielopvang-uitgeroepen-tot-nationale-crisis/index.html"], StringComparison.Ordinal);

        site.Edit("input/2022/finance.yml", "amount: 6114", "amount: 7114");
        var afterFinance = session.Rebuild([Path.Combine(site.Year, "finance.yml")]);
        Assert.Contains("€\u00a07,1\u00a0miljoen", afterFinance.Pages["2022/index.html"], StringComparison.Ordinal);
        // Every page of 2022; not the overview, whose figures (the totals) this memo line does not change.
        Assert.EndsWith("1 file read, 27 texts and 25 pages rendered.\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_found_after_the_pages_went_out_replaces_them_with_the_error()
    {
        using var site = TestSite.CopyOfRealReport();
        var output = new StringWriter();
        var session = Start(site, output);
        var versions = new List<int>();
        session.Rebuilt += s => versions.Add(s.Version);

        site.Edit("theme/layouts/event.html", "{{ report }}#{{ event.id }}", "{{ report }}#{{ event.id }}-weg");
        var after = session.Rebuild([Path.Combine(site.Theme, "layouts", "event.html")]);

        Assert.Equal(2, versions.Count);
        Assert.True(after.Failed);
        Assert.All(after.Errors, e => Assert.Equal(Generator.Diagnostics.DiagnosticCodes.OutputLinkBroken, e.Code));
    }

    [Fact]
    public void A_theme_change_re_renders_every_page()
    {
        using var site = TestSite.CopyOfRealReport();
        var output = new StringWriter();
        var session = Start(site, output);
        site.Edit("theme/layouts/base.html", "<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-x=\"1\">");
        var after = session.Rebuild([Path.Combine(site.Theme, "layouts", "base.html")]);
        Assert.All(after.Pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)), page => Assert.Contains("data-x=\"1\"", page.Value, StringComparison.Ordinal));
        Assert.EndsWith("0 files read, 0 texts and 26 pages rendered.\n", output.ToString(), StringComparison.Ordinal);
    }
}
