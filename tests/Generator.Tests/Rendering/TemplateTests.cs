using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

public class TemplateTests
{
    [Fact]
    public void A_misspelt_variable_in_a_template_is_an_error_at_its_file_line_and_column()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/event.html", "<h1>{{ event.title }}", "<h1>{{ event.titel }}");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal("theme/layouts/event.html", error.Location!.Path);
        Assert.Equal(LineOf(site, "theme/layouts/event.html", "event.titel"), error.Location.Line);
        Assert.Equal(14, error.Location.Column); // at 'titel' 
        Assert.Contains("titel", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    [Fact]
    public void An_unknown_global_in_a_partial_is_an_error_in_the_partial()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/partials/toc.html", "{{ finance.title }}", "{{ financien.title }}");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("theme/partials/toc.html", error.Location!.Path);
        Assert.Equal(LineOf(site, "theme/partials/toc.html", "financien.title"), error.Location.Line);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_with_its_position()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/index.html", "{{ include \"toc\" }}", "{{ include \"toc\" ");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.Equal("theme/layouts/index.html", error.Location!.Path);
    }

    [Fact]
    public void A_missing_layout_or_partial_is_named()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Delete("theme/layouts/event.html");
        site.Delete("theme/partials/toc.html");
        var messages = site.Build().Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("RPT501", StringComparison.Ordinal) && m.Contains("theme/layouts/event.html", StringComparison.Ordinal));
    }

    [Fact]
    public void An_include_of_a_partial_that_does_not_exist_is_an_error()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/index.html", "{{ include \"toc\" }}", "{{ include \"inhoud\" }}");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Contains("there is no partial 'inhoud'", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(site, "theme/layouts/index.html", "{{ include \"inhoud\" }}"), error.Location!.Line);
    }

    [Fact]
    public void A_page_larger_than_Scribans_default_limit_is_never_cut()
    {
        using var site = TestSite.CopyOfRealReport();
        var longText = string.Join("\n\n", Enumerable.Range(0, 800).Select(i => $"Alinea {i} " + new string('x', 600)));
        for (var day = 1; day <= 4; day++)
        {
            site.Write($"input/2022/events/2022-08-0{day}-lang-verhaal-{day}.md", $"---\ntitle: Lang verhaal {day}\ndate: 2022-08-0{day}\n---\n{longText}\nEINDE {day}\n");
        }

        site.BuildSuccessfully();

        var html = site.Read("output/2022/index.html");
        Assert.True(html.Length > 1_900_000, $"index.html has {html.Length} characters");
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("EINDE 4", site.Page().GetElementById("lang-verhaal-4")!.TextContent, StringComparison.Ordinal);
    }

    private static int LineOf(TestSite site, string file, string text) =>
        Array.FindIndex(site.Read(file).Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
