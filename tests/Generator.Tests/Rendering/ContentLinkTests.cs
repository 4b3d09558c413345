using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Markdown links to another event's file become links to its page, wherever the text is shown.</summary>
public class ContentLinkTests
{
    private const string Event = "input/events/2022-02-15-ind-begint-met-eigen-woordvoering.md";

    [Fact]
    public void A_link_to_an_event_file_leads_to_that_events_page_from_the_report_and_from_the_events_own_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [Zie ook de loketten](2022-02-07-samenvoeging-ind-loketten.md) en [duurzaamheid](../sections/duurzaamheid.md).");
        site.BuildSuccessfully();

        var onIndex = site.Page().GetElementById("ind-begint-met-eigen-woordvoering")!.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["2022/02/samenvoeging-ind-loketten/index.html", "#duurzaamheid"], onIndex);

        var onPage = site.Page("2022/02/ind-begint-met-eigen-woordvoering/index.html").QuerySelectorAll("article p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../2022/02/samenvoeging-ind-loketten/index.html", "../../../index.html#duurzaamheid"], onPage);
    }

    [Fact]
    public void A_link_to_a_file_that_does_not_exist_is_an_error_at_its_line_and_column()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip.\n\nZie [de loketten](2022-02-08-loketten.md).");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentLinkBroken, error.Code);
        Assert.Equal(new SourceLocation(Event, 8, 5), error.Location);
        Assert.Contains("'2022-02-08-loketten.md', which is not an event or chapter of the report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_draft_is_an_error_in_a_build()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/events/2022-02-07-samenvoeging-ind-loketten.md", "month: februari", "month: februari\ndraft: true");
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [Zie](2022-02-07-samenvoeging-ind-loketten.md).");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Contains("points to a draft event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_and_anchors_are_left_alone()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [IND](https://ind.nl/over.md) [boven](#februari) [mail](mailto:pers@ind.nl)");
        site.BuildSuccessfully();
        var links = site.Page().GetElementById("ind-begint-met-eigen-woordvoering")!.QuerySelectorAll("p a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["https://ind.nl/over.md", "#februari", "mailto:pers@ind.nl"], links);
    }
}
