using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Markdown links to another event's file become links to its page, wherever the text is shown.</summary>
public class ContentLinkTests
{
    private const string Event = "input/2022/events/2022-02-15-ind-begint-met-eigen-woordvoering.md";

    [Fact]
    public void A_link_to_an_event_file_leads_to_that_events_page_from_the_report_and_from_the_events_own_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [Zie ook de loketten](2022-02-07-samenvoeging-ind-loketten.md) en [duurzaamheid](../sections/duurzaamheid.md).");
        site.BuildSuccessfully();

        var onIndex = site.Page().GetElementById("ind-begint-met-eigen-woordvoering")!.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../2022/02/samenvoeging-ind-loketten/index.html", "#duurzaamheid"], onIndex);

        var onPage = site.Page("2022/02/ind-begint-met-eigen-woordvoering/index.html").QuerySelectorAll("article p a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../2022/02/samenvoeging-ind-loketten/index.html", "../../../2022/index.html#duurzaamheid"], onPage);
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

    [Theory]
    [InlineData("[de loketten](/2022/02/samenvoeging-ind-loketten/)", "The link '/2022/02/samenvoeging-ind-loketten/' starts at the host's root, which breaks when the site is opened from disk or under a sub-path. Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.")]
    [InlineData("[de loketten](2022/02/samenvoeging-ind-loketten/)", "The link '2022/02/samenvoeging-ind-loketten/' leads nowhere from 2022/index.html: but the site has no 2022/2022/02/samenvoeging-ind-loketten/index.html. Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.")]
    [InlineData("[de bijlage](bijlage.pdf)", "The link 'bijlage.pdf' leads nowhere from 2022/index.html: but the site has no 2022/bijlage.pdf. Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.")]
    [InlineData("[maart](#mrt)", "The link '#mrt' points to a place the report page does not have. Places are the months (#maart), the events (by the address of their page, like #samenvoeging-ind-loketten), the chapters and #baten-en-lasten; or link to an event by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md).")]
    [InlineData("[de site](//ind.nl/nieuws)", "The link '//ind.nl/nieuws' has no scheme; write its full https:// address.")]
    [InlineData("[leeg]()", "The link has no address. Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.")]
    [InlineData("[de loketten][l]\n\n[l]: /2022/02/x/", "The link '/2022/02/x/' starts at the host's root, which breaks when the site is opened from disk or under a sub-path. Link to an event or chapter by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md), or to another site with its full https:// address.")]
    public void A_link_in_Markdown_that_leads_nowhere_is_an_error_at_its_source_with_the_fix(string link, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip.\n\nZie " + link.Replace("\\n", "\n", StringComparison.Ordinal) + "\n");
        var result = site.Build();
        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Event}(8,5): error RPT506: {message}", error.ToString());
    }

    /// <summary>
    /// The link check takes a text's links while it is rendered (its Markdown is not kept): where the rendered text differs
    /// from the file (an expression's result, raw HTML shown as text, code), the place is still the one in the file.
    /// </summary>
    [Theory]
    [InlineData("Het jaar {{ site.year }} van {{ site.organisation }}: ")]
    [InlineData("Een <b>vet</b> woord en <a href=\"x\">html</a>: ")]
    [InlineData("Code als `{{ site.year }}` en `[a](/b)`: ")]
    [InlineData("")]
    public void A_broken_link_after_an_expression_raw_html_or_code_is_reported_at_its_place_in_the_file(string before)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip.\n\n" + before + "[de loketten](/2022/02/x/) en [nog een](#nergens)\n");
        var result = site.Build();
        Assert.False(result.Written);
        var places = result.Diagnostics.Select(d => (d.Code, d.Location)).ToList();
        var column = before.Length + 1;
        Assert.Equal(
            [(DiagnosticCodes.ContentLinkBroken, new SourceLocation(Event, 8, column)), (DiagnosticCodes.ContentLinkBroken, new SourceLocation(Event, 8, column + "[de loketten](/2022/02/x/) en ".Length))],
            places);
    }

    [Fact]
    public void A_broken_link_in_a_chapter_is_reported_at_the_chapter()
    {
        using var site = TestSite.CopyOfRealReport();
        const string chapter = "input/2022/sections/duurzaamheid.md";
        site.Edit(chapter, "order: 1\n---\n", "order: 1\n---\nZie [de cijfers](#cijfers).\n\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal($"{chapter}(5,5): error RPT506: The link '#cijfers' points to a place the report page does not have. Places are the months (#maart), the events (by the address of their page, like #samenvoeging-ind-loketten), the chapters and #baten-en-lasten; or link to an event by its file name, like [zie](2022-02-07-samenvoeging-ind-loketten.md).", error.ToString());
    }

    [Theory]
    [InlineData("[maart](#maart) en [baten](#baten-en-lasten) en [inhoud](#inhoudsopgave)")]
    [InlineData("[open data](finance.csv) en [feed](../feed.xml)")]
    [InlineData("[IND](https://ind.nl/) en [mail](mailto:info@ind.nl)")]
    public void Links_that_lead_somewhere_from_every_page_of_the_text_pass(string links)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nopen_data: true");
        site.Edit("input/2022/sections/duurzaamheid.md", "order: 1\n---\n", "order: 1\n---\nZie " + links + ".\n\n");
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. " + (links.Contains(".csv", StringComparison.Ordinal) ? "" : links));
        site.BuildSuccessfully();
    }

    [Fact]
    public void A_link_to_a_data_file_from_an_event_breaks_on_its_own_page_and_says_so()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nopen_data: true");
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [data](finance.csv)");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentLinkBroken, error.Code);
        Assert.Contains("leads nowhere from 2022/02/ind-begint-met-eigen-woordvoering/index.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_draft_is_an_error_in_a_build()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-02-07-samenvoeging-ind-loketten.md", "month: februari", "month: februari\ndraft: true");
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

    /// <summary>
    /// A link to a text leads to the text as a whole: one that points into it with '#…' or '?…' (to an event, a chapter by
    /// name or by path, another year's file, by reference) is RPT506 at the link, never kept unchecked, dropped or blamed
    /// on the theme (RPT507).
    /// </summary>
    [Theory]
    [InlineData("[event](2022-01-26-ind-onderzoekt-interne-cultuur.md#bestaatniet)", "2022-01-26-ind-onderzoekt-interne-cultuur.md#bestaatniet", "#bestaatniet")]
    [InlineData("[hoofdstuk](../sections/duurzaamheid.md#nergens)", "../sections/duurzaamheid.md#nergens", "#nergens")]
    [InlineData("[hoofdstuk](duurzaamheid.md#duurzaamheid)", "duurzaamheid.md#duurzaamheid", "#duurzaamheid")]
    [InlineData("[jaar](../../2022/events/2022-02-07-samenvoeging-ind-loketten.md#kop)", "../../2022/events/2022-02-07-samenvoeging-ind-loketten.md#kop", "#kop")]
    [InlineData("[event](2022-02-07-samenvoeging-ind-loketten.md?a=1)", "2022-02-07-samenvoeging-ind-loketten.md?a=1", "?a=1")]
    [InlineData("[event](2022-02-07-samenvoeging-ind-loketten.md#)", "2022-02-07-samenvoeging-ind-loketten.md#", "#")]
    [InlineData("[event][l]\n\n[l]: 2022-02-07-samenvoeging-ind-loketten.md#x", "2022-02-07-samenvoeging-ind-loketten.md#x", "#x")]
    public void A_link_into_an_event_or_chapter_text_is_RPT506_at_the_link_that_says_to_link_the_text_or_an_anchor(string link, string url, string into)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip.\n\nZie " + link.Replace("\\n", "\n", StringComparison.Ordinal) + "\n");
        var result = site.Build();

        Assert.False(result.Written);
        var error = Assert.Single(result.Diagnostics);
        var path = url[..^into.Length];
        Assert.Equal(
            $"{Event}(8,5): error RPT506: The link '{url}' points into the text with '{into}', but a link to an event or chapter leads to the text as a whole: "
            + $"the places inside a text have no address. Write it without '{into}', like [zie]({path}); to point to a place on the report page, "
            + "link to its anchor alone, like [maart](#maart) or [de loketten](#samenvoeging-ind-loketten).",
            error.ToString());
    }

    [Fact]
    public void A_link_into_a_text_that_also_leads_to_no_file_gives_both_reasons_in_one_error()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [x](2022-02-08-loketten.md#kop)");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentLinkBroken, error.Code);
        Assert.Contains("'2022-02-08-loketten.md', which is not an event or chapter of the report", error.Message, StringComparison.Ordinal);
        Assert.Contains("points into the text with '#kop'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The tester's site: both links of one text reported at once, at their places, and nothing blamed on the theme.</summary>
    [Fact]
    public void Links_into_texts_in_one_event_are_all_reported_at_the_text_and_none_as_a_theme_link()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.",
            "Zo kweken we begrip.\n\n[hoofdstuk](../sections/duurzaamheid.md#nergens).\n\nEn [event](2022-01-26-ind-onderzoekt-interne-cultuur.md#bestaatniet).");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("RPT507", result.Error, StringComparison.Ordinal);
        var errors = result.Error.Split('\n').Where(l => l.Contains("error RPT", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(" The link", StringComparison.Ordinal)]).ToList();
        Assert.Equal([$"{Event}(8,1): error RPT506:", $"{Event}(10,4): error RPT506:"], errors);
    }

    [Fact]
    public void An_anchor_alone_on_an_event_page_is_checked_on_the_report_page_and_one_it_lacks_is_RPT506()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. [a](#Maart) [b](#maart#x) [c](#inhoud)");
        var line = site.Read(Event).Split('\n')[5];
        var result = site.Build();
        Assert.Equal(
            [(DiagnosticCodes.ContentLinkBroken, new SourceLocation(Event, 6, line.IndexOf("[a]", StringComparison.Ordinal) + 1)),
                (DiagnosticCodes.ContentLinkBroken, new SourceLocation(Event, 6, line.IndexOf("[b]", StringComparison.Ordinal) + 1))],
            result.Diagnostics.Select(d => (d.Code, d.Location)));
    }

    /// <summary>
    /// With allow_raw_html, the href and src addresses in a text's HTML are the text's links too: one that leads nowhere on
    /// a page the text is shown on is RPT506 at its tag (inline or in a block), never RPT507 blamed on the theme; an anchor
    /// in HTML is not moved to the report page, so on an event's own page it must be there.
    /// </summary>
    [Fact]
    public void A_link_in_raw_HTML_that_leads_nowhere_is_RPT506_at_its_tag_on_the_page_where_it_breaks()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nallow_raw_html: true");
        site.Edit(Event, "Zo kweken we begrip.",
            "Zo kweken we begrip.\n\n<a href=\"nergens.html\">x</a> en <a href=\"#maart\">maart</a>\n\n<div>\n<p><img src=\"foto.jpg\" alt=\"Foto\"></p>\n</div>\n\n<a href=\"https://ind.nl/\">IND</a>\n");
        site.Edit("input/2022/sections/duurzaamheid.md", "order: 1\n---\n", "order: 1\n---\nZie <a href=\"#maart\">maart</a>.\n\n");
        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("RPT507", result.Error, StringComparison.Ordinal);
        var errors = result.Error.Split('\n').Where(l => l.Contains("error RPT", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{Event}(8,1)", $"{Event}(8,33)", $"{Event}(11,4)"], errors.Select(l => l[..l.IndexOf(": error", StringComparison.Ordinal)]));
        Assert.All(errors, l => Assert.Contains("error RPT506:", l, StringComparison.Ordinal));
        Assert.Contains("'nergens.html' leads nowhere from 2022/index.html", errors[0], StringComparison.Ordinal);
        Assert.Contains("'#maart' in the HTML leads nowhere from 2022/02/ind-begint-met-eigen-woordvoering/index.html", errors[1], StringComparison.Ordinal);
        Assert.Contains("'foto.jpg' leads nowhere from 2022/index.html", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_shown_as_text_has_no_links_to_check()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "Zo kweken we begrip.", "Zo kweken we begrip. <a href=\"nergens.html\">x</a> <img src=\"foto.jpg\" alt=\"x\">");
        site.BuildSuccessfully();
        Assert.Contains("&lt;a href=", site.Read("output/2022/index.html"), StringComparison.Ordinal);
    }
}
