using Generator.Checking;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Serving;
using Generator.Tests.Support;

namespace Generator.Tests.Writing;

/// <summary>Pages and data files go to a sink as they are made; of each page only its links and ids are kept.</summary>
public class StreamingTests
{
    [Fact]
    public void The_link_check_finds_a_broken_theme_link_and_a_duplicate_id_from_what_is_kept_when_no_page_is()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/event.html", "<article class=\"event event-page\">",
            "<a href=\"{{ root }}nergens.html\">weg</a><p id=\"dubbel\"></p><p id=\"dubbel\"></p><article class=\"event event-page\">");
        var diagnostics = new DiagnosticBag();

        // A sink that keeps nothing: whatever the check finds, it found in the links and ids kept per page.
        var generated = SiteGenerator.Generate(new BuildOptions(site.Input, site.Theme, site.Output, site.Root), diagnostics, new DiscardSink());
        Assert.False(diagnostics.HasErrors);
        LinkCheck.Run(generated, diagnostics);

        var codes = diagnostics.ToSortedList().Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal([DiagnosticCodes.IdDuplicate, DiagnosticCodes.OutputLinkBroken], codes);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Message.Contains("but the site has no nergens.html", StringComparison.Ordinal));
        Assert.Equal(generated.EventCount + 2, generated.Pages.Count); // every event's page, the year's report and the overview
    }

    [Fact]
    public void The_preview_makes_each_file_with_the_same_bytes_as_the_build_writes()
    {
        using var site = TestSite.CopyOfRealReport();
        var options = new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { BaseUrl = "https://example.org/jaarverslag/" };
        Assert.True(SiteBuilder.Build(options).Written);
        var memory = new MemorySink();
        var diagnostics = new DiagnosticBag();

        SiteGenerator.Generate(options with { WriteOutput = false }, diagnostics, memory);

        Assert.False(diagnostics.HasErrors);
        string[] data = [.. DataFiles.SiteNames, .. DataFiles.YearNames.Select(n => "2022/" + n), Sitemap.Name];
        Assert.Equal(data.Order(StringComparer.Ordinal), memory.Data.Keys.Order(StringComparer.Ordinal));
        var files = memory.Pages.Concat(memory.Data.Select(d => KeyValuePair.Create(d.Key, d.Value.Value))).ToList();
        string[] made = [".html", ".json", ".xml", ".csv"];
        Assert.Equal(site.OutputFiles().Where(f => made.Contains(Path.GetExtension(f))),
            files.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, file.Key)), System.Text.Encoding.UTF8.GetBytes(file.Value)));
    }
}
