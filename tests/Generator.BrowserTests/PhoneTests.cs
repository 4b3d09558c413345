using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>
/// On a phone no page scrolls sideways, whatever tables it has: the overview's, a finance table with and without the
/// previous year's columns, Markdown tables in a chapter and an event. A table too wide for the screen scrolls inside
/// a box of its own, which the keyboard reaches and a screen reader names.
/// </summary>
[Collection(YearsCollection.Name)]
public class PhoneTests(YearsSite site)
{
    private static readonly string[] Pages = ["index.html", YearsSite.ComparedReport, YearsSite.SingleReport, YearsSite.EventPage];

    public static TheoryData<string, int, ColorScheme> PagesWidthsAndSchemes { get; } = Combinations();

    [Theory]
    [MemberData(nameof(PagesWidthsAndSchemes))]
    public async Task Nothing_scrolls_sideways(string path, int width, ColorScheme scheme)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844, scheme: scheme);
        await watched.Page.GotoAsync(site.RootUrl + path);
        var overflow = await watched.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
        var widest = await watched.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
              .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.True(overflow <= 0, $"{path} at {width} px ({scheme}) is {overflow} px wider than the screen: {string.Join(", ", widest.Take(8))}");

        // Every table is on the page, its right edge inside the screen or inside a box that scrolls.
        var cut = await watched.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table')]
              .filter(t => t.getBoundingClientRect().right > innerWidth + 0.5 && !t.closest('.table-scroll'))
              .map(t => (t.caption ? t.caption.textContent : t.rows[0].textContent).trim())
            """);
        Assert.Empty(cut);
    }

    [Theory]
    [InlineData("index.html", 320)]
    [InlineData(YearsSite.ComparedReport, 320)]
    [InlineData(YearsSite.SingleReport, 320)]
    [InlineData("index.html", 390)]
    [InlineData(YearsSite.ComparedReport, 390)]
    public async Task A_table_box_that_scrolls_is_named_and_reached_and_scrolled_by_keyboard(string path, int width)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844);
        var page = watched.Page;
        await page.GotoAsync(site.RootUrl + path);
        var boxes = await page.EvaluateAsync<Box[]>("""
            () => [...document.querySelectorAll('main .table-scroll')].map(b => ({
              role: b.getAttribute('role') ?? '',
              name: (document.getElementById(b.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').trim(),
              caption: (b.querySelector('caption')?.textContent ?? '').trim(),
              tabIndex: b.tabIndex,
              scrolls: b.scrollWidth > b.clientWidth }))
            """);
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            Assert.Equal("region", box.Role);
            Assert.NotEqual("", box.Name);
            Assert.Equal(box.Caption, box.Name);
            Assert.Equal(0, box.TabIndex);
        });

        // The boxes that do scroll: Tab reaches them, the focus shows, and the arrow key scrolls the table.
        foreach (var index in Enumerable.Range(0, boxes.Length).Where(i => boxes[i].Scrolls))
        {
            var box = page.Locator("main .table-scroll").Nth(index);
            await page.EvaluateAsync("() => document.activeElement?.blur()");
            for (var i = 0; i < 60 && !await box.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.True(await box.EvaluateAsync<bool>("b => b === document.activeElement"), $"{path}: Tab never reaches the table box {index}");
            Assert.NotEqual("none", await box.EvaluateAsync<string>("b => getComputedStyle(b).outlineStyle"));
            await page.Keyboard.PressAsync("ArrowRight");
            await page.WaitForFunctionAsync("i => document.querySelectorAll('main .table-scroll')[i].scrollLeft > 0", index, new() { Timeout = 5_000 });
        }
    }

    [Theory]
    [InlineData(YearsSite.ComparedReport, 2)] // in the closing chapter and in an event
    [InlineData(YearsSite.EventPage, 1)]
    public async Task A_Markdown_table_that_Tab_reaches_is_announced_by_the_heading_above_it(string path, int count)
    {
        await using var watched = await site.OpenAsync(width: 320, height: 844);
        var page = watched.Page;
        await page.GotoAsync(site.RootUrl + path);
        var markdownTables = page.Locator("main table[tabindex='0']:not(.finance-table)");
        Assert.Equal(count, await markdownTables.CountAsync());

        // The browser's accessibility tree names each, and the focus lands on such a named table.
        var named = page.GetByRole(AriaRole.Table, new() { Name = YearsSite.MarkdownTableHeading, Exact = true });
        Assert.Equal(count, await named.CountAsync());
        for (var i = 0; i < count; i++)
        {
            Assert.StartsWith($"- table \"{YearsSite.MarkdownTableHeading}\"", await named.Nth(i).AriaSnapshotAsync(), StringComparison.Ordinal);
            await named.Nth(i).FocusAsync();
            Assert.True(await markdownTables.Nth(i).EvaluateAsync<bool>("t => t === document.activeElement"));
        }
    }

    [Theory]
    [InlineData("index.html", ColorScheme.Light)]
    [InlineData("index.html", ColorScheme.Dark)]
    [InlineData(YearsSite.ComparedReport, ColorScheme.Light)]
    [InlineData(YearsSite.ComparedReport, ColorScheme.Dark)]
    [InlineData(YearsSite.EventPage, ColorScheme.Light)]
    public async Task On_a_small_phone_there_are_no_WCAG_2_1_A_or_AA_violations(string path, ColorScheme scheme)
    {
        await using var watched = await site.OpenAsync(width: 320, height: 844, scheme: scheme);
        await watched.Page.GotoAsync(site.RootUrl + path);
        var result = await watched.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    private static TheoryData<string, int, ColorScheme> Combinations()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var path in Pages)
        {
            foreach (var width in new[] { 320, 390 })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    data.Add(path, width, scheme);
                }
            }
        }

        return data;
    }

    /// <summary>What the page says about one table box.</summary>
    public sealed class Box
    {
        public string Role { get; set; } = "";

        public string Name { get; set; } = "";

        public string Caption { get; set; } = "";

        public int TabIndex { get; set; }

        public bool Scrolls { get; set; }
    }
}

/// <summary>The real report's overview on a phone: its table, in thousands of euros, fits without scrolling in its box.</summary>
[Collection(BrowserCollection.Name)]
public class RealOverviewOnAPhoneTests(BrowserSite site)
{
    [Fact]
    public async Task At_390_px_the_overview_table_fits_its_box_and_its_caption_shows_the_unit()
    {
        await using var watched = await site.OpenAsync(width: 390, height: 1600);
        await watched.Page.GotoAsync(site.RootUrl + "index.html");
        var box = watched.Page.Locator("main .table-scroll:has(table.overview-table)");
        var (scrollWidth, clientWidth) = (await box.EvaluateAsync<int>("b => b.scrollWidth"), await box.EvaluateAsync<int>("b => b.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"the overview table is {scrollWidth} px wide in a box of {clientWidth} px");
        Assert.Equal("Baten, lasten en saldo per jaar (bedragen ×\u00A0€\u00A01.000)", (await box.Locator("caption").TextContentAsync())!.Trim());
        Assert.Equal(["578.422", "604.709", "−26.287"], await box.Locator("tbody td").AllTextContentsAsync());
    }
}

/// <summary>A compared finance table with figures of the real size on a common phone.</summary>
[Collection(TwoYearsCollection.Name)]
public class ComparedTableOnAPhoneTests(TwoYearsSite site)
{
    [Theory]
    [InlineData(390)]
    [InlineData(414)]
    public async Task The_compared_finance_table_fits_its_box_without_scrolling_and_shows_the_difference_column(int width)
    {
        await using var watched = await site.OpenAsync(width: width, height: 1600);
        await watched.Page.GotoAsync(site.RootUrl + TwoYearsSite.ComparedReport);
        var box = watched.Page.Locator("main .table-scroll:has(table.finance-table.compared)");
        var (scrollWidth, clientWidth) = (await box.EvaluateAsync<int>("b => b.scrollWidth"), await box.EvaluateAsync<int>("b => b.clientWidth"));
        Assert.True(scrollWidth <= clientWidth, $"at {width} px the compared table is {scrollWidth} px wide in a box of {clientWidth} px");

        // The difference column is there and inside the box: its right edge within the box's.
        var header = box.Locator("thead th").Last;
        Assert.Equal("Verschil", (await header.TextContentAsync())!.Trim());
        var right = await box.EvaluateAsync<double>("b => b.getBoundingClientRect().right");
        Assert.True(await header.EvaluateAsync<double>("h => h.getBoundingClientRect().right") <= right + 0.5);
        Assert.Contains("578.422", await box.Locator("tbody").First.TextContentAsync(), StringComparison.Ordinal);
    }
}
