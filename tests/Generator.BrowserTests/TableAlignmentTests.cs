using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>A table column's alignment reaches the reader through the theme's classes, which the pages' CSP allows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableAlignmentTests(BrowserSite site) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-table-").FullName;

    [Fact]
    public async Task An_aligned_table_is_aligned_in_the_browser_with_no_console_error()
    {
        var input = Path.Combine(_folder, "input");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "input"), input);
        var section = Directory.EnumerateFiles(Path.Combine(input, "2022", "sections"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(section, "\n\n| Links | Midden | Rechts |\n|:--|:--:|--:|\n| a | b | 1.234 |\n");
        var output = Path.Combine(_folder, "output");
        var result = SiteBuilder.Build(new BuildOptions(input, Path.Combine(RepositoryPaths.Root, "theme"), output, _folder));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(new Uri(Path.Combine(output, "2022", "index.html")).AbsoluteUri);
        var alignments = await watched.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main table tbody td')].slice(-3).map(td => getComputedStyle(td).textAlign)");

        Assert.Equal(["left", "center", "right"], alignments);
        Assert.Empty(watched.ConsoleErrors);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
