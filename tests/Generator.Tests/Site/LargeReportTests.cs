using Generator.Benchmarks;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>A large report is built whole: every page, and an index that is not cut short. No time is asserted.</summary>
public class LargeReportTests
{
    [Fact]
    public void Ten_thousand_events_give_ten_thousand_pages_and_an_index_that_lists_them_all()
    {
        var folder = Directory.CreateTempSubdirectory("large-report-").FullName;
        try
        {
            Corpus.Write(10_000, folder, null, Path.Combine(RepositoryPaths.Root, "tests", "Generator.Benchmarks", "theme"), "");
            var output = Path.Combine(folder, "output");
            var result = SiteBuilder.Build(new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "theme"), output, folder));

            Assert.True(result.Written, string.Join("\n", result.Diagnostics.Take(10)));
            Assert.Equal(10_000, result.EventCount);
            Assert.Equal(10_001, Directory.GetFiles(Path.Combine(output, "2024"), "index.html", SearchOption.AllDirectories).Length); // the events and the report

            var html = File.ReadAllText(Path.Combine(output, "2024", "index.html"));
            Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
            var index = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var links = index.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(10_000, links.Count);
            Assert.Equal(10_000, links.Distinct(StringComparer.Ordinal).Count());
            Assert.All(links, link => Assert.True(File.Exists(Path.Combine(output, "2024", link)), link));
            Assert.Equal("10000 activiteiten", index.QuerySelector("main p")!.TextContent);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
