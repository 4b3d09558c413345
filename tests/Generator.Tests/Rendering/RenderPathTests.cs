using Generator.Diagnostics;
using Generator.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Generator.Tests.Rendering;

/// <summary>
/// The report's layout is rendered either where base.html writes <c>{{ content }}</c> (streamed) or first (the plain
/// path). A page and its errors never depend on which: each template pair is rendered as it is, and again with the
/// plain path forced (the layout assigns a name that base.html reads only on event pages, so never here), and both
/// must give the same bytes and the same diagnostics.
/// </summary>
public class RenderPathTests
{
    private const string Head = "<title>{{ page.title }}</title>\n";

    public static TheoryData<string, string, string, string> Examples => new()
    {
        // (a) an alias of page, changed through the alias: base shows the changed title on both paths.
        { "alias", Head + "{{ content }}\n<meta content=\"{{ page.title }}\">", "{{ p = page }}{{ p.title = \"GEWIJZIGD\" }}<p>tekst</p>", "" },
        { "alias in a partial", Head + "{{ content }}", "{{ include 'p' }}<p>tekst</p>", "{{ q = page }}{{ q[\"title\"] = \"GEWIJZIGD\" }}" },
        { "member", Head + "{{ content }}", "{{ page.title = \"GEWIJZIGD\" }}", "" },
        { "increment of a member", "{{ content }}{{ page.teller }}", "{{ page.teller++ }}", "" },
        // (b) text evaluated as a template.
        { "eval", Head + "{{ content }}", "{{ object.eval \"page.title = 'EVAL'\" }}", "" },
        { "eval through a name", Head + "{{ content }}", "{{ e = object.eval }}{{ e \"page.title = 'EVAL'\" }}", "" },
        { "with", Head + "{{ content }}", "{{ with page }}{{ title = \"WITH\" }}{{ end }}", "" },
        // (c) content written twice: the layout is rendered once, as on the plain path.
        { "content twice", "{{ content }}|{{ content }}", "{{ teller = teller + \"E\" }}{{ teller }}", "" },
        { "content as a value", "{{ content }}|{{ content | string.size }}", "{{ teller = teller + \"E\" }}{{ teller }}", "" },
        { "content in a loop", "{{ for i in 1..2 }}{{ content }}{{ end }}", "{{ teller = teller + \"E\" }}{{ teller }}", "" },
        { "content in a partial", "{{ include 'p' }}", "{{ teller = teller + \"E\" }}{{ teller }}", "{{ content }}|{{ content }}" },
        // (d) an error in base.html and one in the layout: both reported.
        { "two errors", "{{ fout_in_base }}{{ content }}", "<p>{{ fout_in_layout }}</p>", "" },
        { "two errors, base after content", "{{ content }}{{ fout_in_base }}", "<p>{{ fout_in_layout }}</p>", "" },
        { "an error in a partial", "{{ content }}", "<p>{{ include 'p' }}</p>", "{{ fout_in_partial }}" },
        { "a failed streamed try leaves nothing behind", "{{ content }}{{ fout_in_base }}", "{{ teller = teller + \"E\" }}{{ if teller == \"EEE\" }}{{ fout_bij_drie }}{{ end }}", "" },
        // (e) base.html skips content on this page: the layout's error is still found.
        { "content skipped", "{{ if page.kind == \"event\" }}{{ content }}{{ end }}", "{{ bestaat_niet }}", "" },
        { "content captured", "{{ capture c }}{{ content }}{{ end }}{{ c }}", "{{ teller = teller + \"E\" }}{{ teller }}", "" },
        // A page that may be streamed.
        { "independent", Head + "{{ content }}<p>{{ site.title }}</p>", "{{ eigen = 1 }}<p>{{ eigen }}</p>", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_page_and_its_errors_are_the_same_on_both_paths(string example, string wrapper, string layout, string partial)
    {
        var asIs = Render(wrapper, layout, partial);
        var plain = Render(wrapper + "{{ if page.kind == \"event\" }}{{ if force }}{{ end }}{{ end }}", layout + "{{ force = 1 }}", partial);
        Assert.True(asIs == plain, $"{example}: streamed {asIs}, plain {plain}");
    }

    /// <summary>Every layout that may be rendered in place is (an event page's too): the same bytes and errors as the plain path.</summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void An_event_page_and_its_errors_are_the_same_on_both_paths(string example, string wrapper, string layout, string partial)
    {
        var asIs = Render(wrapper, layout, partial, "event");
        var plain = Render(wrapper + "{{ if page.kind == \"event\" }}{{ if force }}{{ end }}{{ end }}", layout + "{{ force = 1 }}", partial, "event");
        Assert.True(asIs == plain, $"{example}: streamed {asIs}, plain {plain}");
    }

    [Fact]
    public void Base_sees_the_change_made_through_an_alias()
    {
        var page = Render(Head + "{{ content }}", "{{ p = page }}{{ p.title = \"GEWIJZIGD\" }}", "");
        Assert.StartsWith("<title>GEWIJZIGD</title>", page.Html);
    }

    [Fact]
    public void An_error_in_base_and_one_in_the_layout_are_both_reported()
    {
        var page = Render("{{ fout_in_base }}{{ content }}", "{{ fout_in_layout }}", "");
        Assert.Null(page.Html);
        Assert.Equal(["theme/layouts/base.html(1,4)", "theme/layouts/index.html(1,4)"], page.Errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void The_layout_is_rendered_once_when_base_writes_it_twice()
    {
        Assert.Equal("EE|EE", Render("{{ content }}|{{ content }}", "{{ teller = teller + \"E\" }}{{ teller }}", "").Html);
    }

    private static RenderedPage Render(string wrapper, string layout, string partial, string name = "index")
    {
        var theme = new Theme(
            new Dictionary<string, Template>
            {
                ["base"] = Template.Parse(wrapper, "theme/layouts/base.html"),
                [name] = Template.Parse(layout, $"theme/layouts/{name}.html"),
            },
            new Dictionary<string, Template> { ["p"] = Template.Parse(partial, "theme/partials/p.html") },
            "",
            []);
        var report = FrozenModel.Freeze(new ScriptObject { ["site"] = new ScriptObject { ["title"] = "Jaaroverzicht" } });
        using var renderer = new PageRenderer(theme, TemplateFunctions.Create(1), report);
        var page = new ScriptObject
        {
            ["page"] = new ScriptObject { ["title"] = "Origineel", ["kind"] = "index" },
            ["teller"] = "E",
        };
        var diagnostics = new DiagnosticBag();
        using var text = new StringWriter { NewLine = "\n" };
        var rendered = renderer.Render(name, page, text, diagnostics);
        return new RenderedPage(rendered ? text.ToString() : null, [.. diagnostics.ToSortedList().Select(d => d.ToString())]);
    }

    private sealed record RenderedPage(string? Html, IReadOnlyList<string> Errors)
    {
        public bool Equals(RenderedPage? other) => other is not null && Html == other.Html && Errors.SequenceEqual(other.Errors);

        public override int GetHashCode() => Html?.GetHashCode(StringComparison.Ordinal) ?? 0;

        public override string ToString() => $"[{Html}] [{string.Join(" | ", Errors)}]";
    }
}
