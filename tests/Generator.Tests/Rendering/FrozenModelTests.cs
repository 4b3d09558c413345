using AngleSharp.Html.Parser;
using Generator.Benchmarks;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// Pages are rendered in parallel over one shared model: a theme can change only its own page. Assigning to
/// what every page shares is an error at the template's line; what a template names itself stays on its page.
/// </summary>
public class FrozenModelTests
{
    private const string Layout = "theme/layouts/event.html";

    [Theory]
    [InlineData("{{ site.title = page.title }}")]
    [InlineData("{{ site.nieuw = 1 }}")]
    [InlineData("{{ events[0] = null }}")]
    [InlineData("{{ events[0].title = page.title }}")]
    [InlineData("{{ months[0].name = 'Anders' }}")]
    [InlineData("{{ months[0].events[1] = events[0] }}")]
    [InlineData("{{ sections[0].html = '' }}")]
    [InlineData("{{ finance.income.total = 0 }}")]
    [InlineData("{{ finance.expenses.lines[0].amount = 0 }}")]
    [InlineData("{{ if event.next; event.next.title = page.title; end }}")]
    [InlineData("{{ date.format = '%d' }}")]
    [InlineData("{{ string.upcase = 'x' }}")]
    [InlineData("{{ with site; title = page.title; end }}")]
    public void Changing_what_every_page_shares_is_an_error_at_the_templates_line(string line)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Layout, "\n" + line + "\n" + site.Read(Layout));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(Layout, error.Location!.Path);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("The template changes a value that every page shares", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    [Fact]
    public void What_a_template_assigns_to_its_own_page_stays_on_that_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Layout, "{{ eigen = page.title; page.title = eigen + ' (gebeurtenis)'; event.title = event.title + '!'; lijst = array.add events 1 }}\n" + site.Read(Layout));
        site.BuildSuccessfully();

        var page = site.Page("2022/03/russische-inval-in-oekraine/index.html");
        Assert.StartsWith("Russische inval in Oekraïne (gebeurtenis)", page.Title, StringComparison.Ordinal);
        Assert.Equal("Russische inval in Oekraïne!", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("(gebeurtenis)", site.Page().Title, StringComparison.Ordinal);
        Assert.DoesNotContain("!", site.Page("2022/12/het-aantal-aanvragen-blijft-stijgen/index.html").QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_thousand_pages_rendered_in_parallel_by_an_assigning_theme_give_the_same_result_every_run()
    {
        var root = Directory.CreateTempSubdirectory("frozen-model-").FullName;
        try
        {
            Corpus.Write(2_000, root, null, Path.Combine(RepositoryPaths.Root, "tests", "Generator.Benchmarks", "theme"), "");
            var layout = Path.Combine(root, "theme", "layouts", "event.html");
            var original = File.ReadAllText(layout);
            var options = new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "theme"), Path.Combine(root, "output"), root) { WriteOutput = false };

            // The line from the issue: before the model was frozen it put another page's title on hundreds of pages.
            File.WriteAllText(layout, "{{ site.title = page.title }}\n" + original);
            var refused = Enumerable.Range(0, 3).Select(_ => Generate(options)).ToList();
            Assert.All(refused, run => Assert.Equal(refused[0].Diagnostics, run.Diagnostics));
            Assert.Equal("theme/layouts/event.html(1,4)", Assert.Single(refused[0].Diagnostics).Split(": ")[0]);

            // A theme that assigns only what is its own: every page shows its own values, the same in every run.
            File.WriteAllText(layout, "{{ titel = page.title; page.title = site.title + ': ' + titel }}\n" + original);
            var built = Enumerable.Range(0, 2).Select(_ => Generate(options)).ToList();
            Assert.Empty(built[0].Diagnostics);
            Assert.Equal(built[0].Files, built[1].Files);
            var pages = built[0].Files.Where(f => f.Key.Count(c => c == '/') == 3).ToList();
            Assert.Equal(2_000, pages.Count);
            var parser = new HtmlParser();
            Assert.All(pages, file =>
            {
                var page = parser.ParseDocument(file.Value);
                Assert.Equal($"Jaarverslag 2024: {page.QuerySelector("h1")!.TextContent} - Jaarverslag 2024", page.Title);
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (IReadOnlyList<string> Diagnostics, IReadOnlyDictionary<string, string> Files) Generate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var sink = new Generator.Serving.MemorySink();
        SiteGenerator.Generate(options, diagnostics, sink);
        return ([.. diagnostics.ToSortedList().Select(d => DiagnosticFormatter.Format(d, LogFormat.Text))],
            sink.Pages.ToDictionary(StringComparer.Ordinal));
    }
}
