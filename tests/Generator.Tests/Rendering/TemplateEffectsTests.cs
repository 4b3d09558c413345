using Generator.Rendering;
using Generator.Tests.Support;
using Scriban;

namespace Generator.Tests.Rendering;

/// <summary>
/// A layout is rendered where base.html writes <c>{{ content }}</c>, straight into the page, only when that gives the
/// same page as rendering it first: nothing either assigns is read by the other.
/// </summary>
public class TemplateEffectsTests
{
    private const string Base = "<title>{{ page.title }}</title>{{ content }}<p>{{ site.title }}</p>";

    [Theory]
    [InlineData("{{ for e in events }}<p>{{ e.title }}</p>{{ end }}", "", true)]
    [InlineData("{{ eigen = 1 }}{{ eigen }}", "", true)]
    [InlineData("{{ include 'p' }}", "{{ x = 1 }}{{ x }}", true)]
    [InlineData("{{ page.title = 'x' }}", "", false)]
    [InlineData("{{ page['title'] = 'x' }}", "", false)]
    [InlineData("{{ site = 1 }}", "", false)]
    [InlineData("{{ capture page }}x{{ end }}", "", false)]
    [InlineData("{{ include 'p' }}", "{{ page.title = 'x' }}", false)]
    [InlineData("x", "{{ page.title = 'x' }}", false)]
    [InlineData("{{ func f; ret 1; end }}", "", false)]
    [InlineData("{{ import site }}", "", false)]
    [InlineData("{{ readonly x }}", "", false)]
    [InlineData("{{ p = page }}{{ p.title = 'x' }}", "", false)]
    [InlineData("{{ e = events }}{{ e[0] = 1 }}", "", false)]
    [InlineData("{{ eigen = {} }}{{ eigen.a = 1 }}", "", false)]
    [InlineData("{{ with page }}{{ title = 'x' }}{{ end }}", "", false)]
    [InlineData("{{ object.eval \"page.title = 'x'\" }}", "", false)]
    [InlineData("{{ include 'p' }}", "{{ object.eval_template 'x' }}", false)]
    [InlineData("{{ content }}", "", false)]
    public void A_layout_is_rendered_inside_base_only_when_nothing_it_assigns_is_read_there(string layout, string partial, bool inside)
    {
        var partials = new Dictionary<string, Template> { ["p"] = Template.Parse(partial) };
        Assert.Equal(inside, TemplateEffects.CanRenderInside(Template.Parse(layout), Template.Parse(Base), partials));
    }

    [Theory]
    [InlineData("{{ n = 1 }}{{ content }}", "{{ n }}", false)]
    [InlineData("{{ n = 1 }}{{ content }}", "x", true)]
    [InlineData("{{ include 'p' }}{{ content }}", "{{ page.title }}", true)]
    [InlineData("{{ include 'p' }}{{ content }}{{ page.title }}", "{{ q = 1 }}", true)]
    [InlineData("{{ content }}{{ content }}", "x", false)]
    [InlineData("{{ if page }}{{ content }}{{ end }}", "x", false)]
    [InlineData("{{ for i in 1..1 }}{{ content }}{{ end }}", "x", false)]
    [InlineData("{{ capture c }}{{ content }}{{ end }}{{ c }}", "x", false)]
    [InlineData("{{ content | string.size }}", "x", false)]
    [InlineData("{{ page.x = 1 }}{{ content }}", "x", false)]
    public void Nor_when_base_assigns_what_the_layout_reads_or_does_not_write_content_once_at_its_top(string wrapper, string layout, bool inside)
    {
        var partials = new Dictionary<string, Template> { ["p"] = Template.Parse("{{ q = 2 }}") };
        Assert.Equal(inside, TemplateEffects.CanRenderInside(Template.Parse(layout), Template.Parse(wrapper), partials));
    }

    [Theory]
    [InlineData("{{ include 'c' }}")]
    [InlineData("{{ content }}{{ include 'c' }}")]
    public void Nor_when_a_partial_writes_content(string wrapper)
    {
        var partials = new Dictionary<string, Template> { ["c"] = Template.Parse("{{ content }}") };
        Assert.False(TemplateEffects.CanRenderInside(Template.Parse("x"), Template.Parse(wrapper), partials));
    }

    [Fact]
    public void The_real_themes_report_and_event_layouts_are_rendered_inside_base()
    {
        var theme = ThemeLoader.Load(RepositoryPaths.Theme, p => p, new Generator.Diagnostics.DiagnosticBag())!;
        Assert.True(TemplateEffects.CanRenderInside(theme.Layouts["index"], theme.Layouts["base"], theme.Partials));
        Assert.True(TemplateEffects.CanRenderInside(theme.Layouts["event"], theme.Layouts["base"], theme.Partials));
    }

    [Fact]
    public void A_report_layout_that_sets_the_title_still_shows_it_in_base()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("theme/layouts/index.html", "{{ page.title = 'Eigen titel' }}\n" + site.Read("theme/layouts/index.html"));
        site.BuildSuccessfully();
        Assert.Equal("Eigen titel", site.Page().QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_report_layout_that_changes_the_title_through_an_alias_shows_it_in_base()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("theme/layouts/index.html", "{{ p = page }}{{ p.title = 'GEWIJZIGD' }}\n" + site.Read("theme/layouts/index.html"));
        site.BuildSuccessfully();
        Assert.Equal("GEWIJZIGD", site.Page().QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }
}
