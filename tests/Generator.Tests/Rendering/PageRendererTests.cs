using Generator.Diagnostics;
using Generator.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Generator.Tests.Rendering;

/// <summary>
/// A thread renders page after page with one template context and one text buffer (made once, emptied after each
/// page): nothing a page assigns or writes reaches the next page on that thread, and a page that failed leaves
/// nothing behind either. Each example runs on both ways a layout is rendered: where base.html writes it (the
/// report's layout, which assigns nothing base.html reads) and first (a layout that changes <c>page.title</c>).
/// </summary>
public class PageRendererTests
{
    /// <summary>Assigns a name of its own on page 'een' only; any other page that finds it found page 'een''s.</summary>
    private const string Assigning = "{{ if page.title == 'een'; eigen = 'van een'; end }}<p>{{ page.title }}: {{ eigen }}</p>";

    /// <summary>Changes its page's title (so base.html shows it: the layout is rendered first), then as <see cref="Assigning"/>.</summary>
    private const string ChangingPage = "{{ if page.title == 'een'; page.title = 'EEN'; eigen = 'van een'; end }}<p>{{ page.title }}: {{ eigen }}</p>";

    public static TheoryData<string, string> Layouts => new()
    {
        { "index", Assigning },
        { "event", ChangingPage },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void What_a_page_assigns_is_not_there_for_the_next_page_on_the_same_thread(string layout, string text)
    {
        using var pages = Renderer(layout, text);
        var first = new DiagnosticBag();

        var een = pages.Render(layout, Page("een"), first);
        Assert.Empty(first.ToSortedList());
        Assert.Equal(layout == "index" ? "<title>een</title><main><p>een: van een</p></main>" : "<title>EEN</title><main><p>EEN: van een</p></main>", een);

        // The second page never assigns 'eigen': it must not find the first page's, nor its title.
        var second = new DiagnosticBag();
        Assert.Null(pages.Render(layout, Page("twee"), second));
        var error = Assert.Single(second.ToSortedList());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal($"theme/layouts/{layout}.html", error.Location!.Path);
        Assert.Contains("eigen", error.Message, StringComparison.Ordinal);

        // After the failed page, the same page renders whole again, from the start of its own text.
        Assert.Equal(een, pages.Render(layout, Page("een"), new DiagnosticBag()));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_page_that_assigns_nothing_after_one_that_did_shows_only_its_own_values(string layout, string text)
    {
        using var pages = Renderer(layout, text.Replace("{{ eigen }}", "{{ if page.title == 'een' }}{{ eigen }}{{ end }}", StringComparison.Ordinal));

        pages.Render(layout, Page("een"), new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        var twee = pages.Render(layout, Page("twee"), diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("<title>twee</title><main><p>twee: </p></main>", twee);
    }

    [Fact]
    public void A_short_page_after_a_long_one_has_only_its_own_text()
    {
        using var pages = Renderer("event", "{{ for i in 1..page.repeat }}{{ page.title }}{{ end }}");
        var bag = new DiagnosticBag();

        // Longer than the buffer a thread keeps (a million characters), then shorter than its first size.
        var longPage = pages.Render("event", Page("lang", 300_000), bag);
        var shortPage = pages.Render("event", Page("kort", 1), bag);
        var again = pages.Render("event", Page("lang", 300_000), bag);

        Assert.Equal("<title>lang</title><main>" + string.Concat(Enumerable.Repeat("lang", 300_000)) + "</main>", longPage);
        Assert.Equal("<title>kort</title><main>kort</main>", shortPage);
        Assert.Equal(longPage, again);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_page_read_in_its_buffer_is_the_page_rendered_as_a_string()
    {
        using var pages = Renderer("index", Assigning);
        string? read = null;

        Assert.True(pages.Render("index", Page("een"), new DiagnosticBag(), text => read = new string(text)));

        Assert.Equal(pages.Render("index", Page("een"), new DiagnosticBag()), read);
        Assert.False(pages.Render("index", Page("twee"), new DiagnosticBag(), _ => Assert.Fail("a failed page is not handed over")));
    }

    private static PageRenderer Renderer(string layout, string text)
    {
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal)
        {
            ["base"] = Template.Parse("<title>{{ page.title }}</title><main>{{ content }}</main>", "theme/layouts/base.html"),
            [layout] = Template.Parse(text, $"theme/layouts/{layout}.html"),
        };
        var theme = new Theme(layouts, new Dictionary<string, Template>(StringComparer.Ordinal), "", []);
        return new PageRenderer(theme, TemplateFunctions.Create(1), FrozenModel.Freeze(new ScriptObject { ["site"] = new ScriptObject { ["title"] = "Site" } }));
    }

    private static ScriptObject Page(string title, int repeat = 1) => new()
    {
        ["page"] = new ScriptObject { ["title"] = title, ["repeat"] = repeat },
    };
}
