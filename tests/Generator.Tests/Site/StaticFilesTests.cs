using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>input/static/: files published at the output's root as they are, never over a file the generator writes.</summary>
public class StaticFilesTests
{
    [Fact]
    public void Every_file_of_input_static_is_copied_unchanged_to_the_same_place_at_the_output_root()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static/CNAME", "jaaroverzicht.example.org\n");
        site.Write("input/static/robots.txt", "User-agent: *\nAllow: /\n");
        site.Write("input/static/.well-known/security.txt", "Contact: mailto:security@example.org\n");
        byte[] icon = [0, 0, 1, 0, 1, 0, 16, 16, 0xff, 0xfe];
        site.WriteBytes("input/static/favicon.ico", icon);
        site.Write("input/static/downloads/2022/bijlage.txt", "Bijlage");

        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("jaaroverzicht.example.org\n", site.Read("output/CNAME"));
        Assert.Equal("User-agent: *\nAllow: /\n", site.Read("output/robots.txt"));
        Assert.Equal("Contact: mailto:security@example.org\n", site.Read("output/.well-known/security.txt"));
        Assert.Equal(icon, File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico")));
        Assert.Equal("Bijlage", site.Read("output/downloads/2022/bijlage.txt"));
        Assert.True(File.Exists(Path.Combine(site.Output, "2022", "index.html")));

        // They are the build's own files now: the next build replaces them without --force, and one removed from static/ goes.
        site.Delete("input/static/robots.txt");
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "robots.txt")));
        Assert.Equal("jaaroverzicht.example.org\n", site.Read("output/CNAME"));
    }

    [Fact]
    public void A_link_in_a_text_to_a_static_file_is_a_link_to_a_file_that_exists()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static/downloads/bijlage.txt", "Bijlage");
        site.Edit("input/2022/sections/duurzaamheid.md", "\n---\n", "\n---\nZie de [bijlage](../downloads/bijlage.txt).\n\n");
        site.BuildSuccessfully();
        Assert.Equal("Bijlage", site.Read("output/downloads/bijlage.txt"));
        Assert.NotNull(site.Page().QuerySelector("a[href='../downloads/bijlage.txt']"));

        // Without the file, the same link leads nowhere.
        site.Delete("input/static/downloads/bijlage.txt");
        Assert.Equal("RPT506", Assert.Single(site.Build().Diagnostics).Code);
    }

    [Theory]
    [InlineData("index.html", "would be published as 'index.html', which the generator writes itself")]
    [InlineData("2022/index.html", "would be published as '2022/index.html', which the generator writes itself")]
    [InlineData("2022/03/russische-inval-in-oekraine/index.html", "would be published as '2022/03/russische-inval-in-oekraine/index.html', which the generator writes itself")]
    [InlineData("feed.xml", "would be published as 'feed.xml', which the generator writes itself")]
    [InlineData("2022/events.json", "would be published as '2022/events.json', which the generator writes itself")]
    [InlineData("assets/style.css", "would be published as 'assets/style.css', which the generator writes itself")]
    [InlineData(".annual-report-output", "would be published as '.annual-report-output', which the generator writes itself")]
    [InlineData("Index.HTML", "would be published as 'index.html', which the generator writes itself")]
    [InlineData("2022", "would be published as '2022', where the generator needs a folder for its own")]
    [InlineData("2022/03", "would be published as '2022/03', where the generator needs a folder for its own")]
    [InlineData("feed.xml/oud.txt", "would be published inside 'feed.xml', which the generator writes as a file")]
    public void A_static_file_where_the_generator_writes_its_own_is_an_error_at_that_file(string path, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static/" + path, "eigen");
        site.Write("input/static/CNAME", "jaaroverzicht.example.org");

        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RPT607", error.Code);
        Assert.Equal(new SourceLocation("input/static/" + path, 1, 1), error.Location);
        Assert.StartsWith("This file in input/static/ " + problem, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Rename or move it, or remove it.", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_static_file_where_the_PDF_goes_is_an_error_only_when_the_PDF_is_made()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static/2022/jaaroverzicht-2022.pdf", "eigen");
        site.BuildSuccessfully();
        Assert.Equal("eigen", site.Read("output/2022/jaaroverzicht-2022.pdf"));

        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { Pdf = true, WriteOutput = false });
        Assert.Contains(result.Diagnostics, d => d.Code == "RPT607" && d.Message.Contains("'2022/jaaroverzicht-2022.pdf', which the generator writes itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_colliding_file_is_reported_at_once()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static/index.html", "eigen");
        site.Write("input/static/feed.xml", "eigen");
        var result = site.Build();
        Assert.Equal(["input/static/feed.xml", "input/static/index.html"], result.Diagnostics.Select(d => d.Location!.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_in_static_that_leads_outside_is_an_error_and_never_followed()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("geheim.txt", "geheim");
        Directory.CreateDirectory(Path.Combine(site.Input, "static"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "static", "robots.txt"), Path.Combine(site.Root, "geheim.txt"));

        var result = site.Build();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RPT006", error.Code);
        Assert.Equal("input/static/robots.txt", error.Location!.Path);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_file_named_static_in_input_is_an_error_that_it_must_be_a_folder()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/static", "robots");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("RPT001", error.Code);
        Assert.Equal("input/static", error.Location!.Path);
        Assert.Contains("must be a folder", error.Message, StringComparison.Ordinal);
    }
}
