using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Values from the content reach HTML as text: the templates escape by default.</summary>
public class EscapingTests
{
    [Fact]
    public void A_title_with_markup_shows_as_text_on_the_report_and_its_own_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md",
            "title: IND onderzoekt interne cultuur", "title: \"<script>alert(1)</script> & \\\"><img src=x onerror=alert(1)>\"");
        site.BuildSuccessfully();

        foreach (var page in new[] { "2022/index.html", "2022/01/script-alert-1-script-img-src-x-onerror-alert-1/index.html" })
        {
            var document = site.Page(page);
            Assert.Empty(document.QuerySelectorAll("main script, main img"));
            Assert.Contains(document.QuerySelectorAll("h1, h3"),
                h => h.TextContent == "<script>alert(1)</script> & \"><img src=x onerror=alert(1)>");
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;&gt;&lt;img", site.Read("output/2022/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_and_finance_labels_are_escaped_in_text_and_attributes()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/site.yml", "title: Jaaroverzichten\norganisation: IND\ndescription: '\" onload=\"x <b>Alle jaren'\n");
        site.Write("input/2022/report.yml", "title: Jaaroverzicht 2022\ndescription: '\" onload=\"x <b>De belangrijkste'\n");
        site.Edit("input/2022/finance.yml", "label: Personele kosten", "label: \"<i>Personele</i> & kosten\"");
        site.BuildSuccessfully();

        var document = site.Page();
        var description = document.QuerySelector("meta[name=description]")!;
        Assert.StartsWith("\" onload=\"x <b>De belangrijkste", description.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Null(description.GetAttribute("onload"));
        Assert.Contains(document.QuerySelectorAll("table th"), th => th.TextContent == "<i>Personele</i> & kosten");
        Assert.Empty(document.QuerySelectorAll("table i"));
    }

    [Fact]
    public void Raw_HTML_in_Markdown_is_shown_as_text()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "Ruim 2.000", "<script>alert(1)</script> Ruim 2.000");
        site.BuildSuccessfully();
        var article = site.Page().GetElementById("ind-onderzoekt-interne-cultuur")!;
        Assert.Empty(article.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script> Ruim 2.000", article.TextContent, StringComparison.Ordinal);
    }
}
