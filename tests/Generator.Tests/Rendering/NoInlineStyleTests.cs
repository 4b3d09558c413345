using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>The pages' Content-Security-Policy allows no inline style or script, so no output file may carry one.</summary>
public class NoInlineStyleTests
{
    [Fact]
    public void No_file_of_the_real_report_carries_a_style_attribute_or_an_inline_script()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        AssertNoInlineStyleOrScript(site);
    }

    [Fact]
    public void A_text_using_every_Markdown_feature_gives_no_inline_style_and_table_alignment_becomes_classes()
    {
        using var site = TestSite.FromFixture("minimal");
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "every-markdown-feature", "event.md"), Path.Combine(site.Year, "events", "2030-02-01-eerste-gebeurtenis.md"), overwrite: true);
        Directory.CreateDirectory(Path.Combine(site.Year, "images"));
        site.WriteBytes("input/2030/images/plaatje.png", Images.TestImages.Png(640, 480, alpha: true));
        site.BuildSuccessfully();
        AssertNoInlineStyleOrScript(site);

        var page = site.Page("2030/02/alle-markdown/index.html");
        var cells = page.QuerySelectorAll("main table thead th").Select(c => c.ClassName ?? "").ToList();
        Assert.Equal(["align-left", "align-center", "align-right", ""], cells);
        Assert.Equal("align-right", page.QuerySelector("main table tbody td:nth-child(3)")!.ClassName);
        Assert.Contains("th.align-right, td.align-right { text-align: right; }", site.Read("output/assets/style.css"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("main picture img").Length);
    }

    private static void AssertNoInlineStyleOrScript(TestSite site)
    {
        foreach (var file in site.OutputFiles())
        {
            var text = site.Read("output/" + file);
            Assert.DoesNotContain("style=", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(OutputSafety.InSite(site.Output));
    }
}
