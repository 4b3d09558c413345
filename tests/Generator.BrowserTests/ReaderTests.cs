using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Generator.BrowserTests.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>What only a real browser shows: accessibility, layout, keyboard use, loading, from disk and from a sub-path.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderTests(BrowserSite site)
{
    private const string EventPage = "2022/03/russische-inval-in-oekraine/index.html";

    public static TheoryData<string, ColorScheme> PagesAndSchemes { get; } = new()
    {
        { "2022/index.html", ColorScheme.Light },
        { "2022/index.html", ColorScheme.Dark },
        { EventPage, ColorScheme.Light },
        { EventPage, ColorScheme.Dark },
    };

    /// <summary>
    /// A page's address after a key press or a click changes when the browser gets to it, not when the press returns:
    /// tests wait for it (up to their timeout) rather than read <c>page.Url</c> at once.
    /// </summary>
    private static Regex UrlEndingIn(string end) => new(Regex.Escape(end) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task There_are_no_WCAG_2_1_A_or_AA_violations(string path, ColorScheme scheme)
    {
        await using var watched = await site.OpenAsync(scheme: scheme);
        await watched.Page.GotoAsync(site.RootUrl + path);
        var result = await watched.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(result.Passes);
    }

    [Theory]
    [InlineData("2022/index.html", 390)]
    [InlineData(EventPage, 390)]
    [InlineData("2022/index.html", 320)]
    [InlineData(EventPage, 320)]
    public async Task On_a_phone_nothing_scrolls_sideways(string path, int width)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844);
        await watched.Page.GotoAsync(site.RootUrl + path);
        var overflow = await watched.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than the screen");
    }

    [Fact]
    public async Task The_skip_link_and_the_month_navigation_work_by_keyboard()
    {
        // Reduced motion: the jump is instant, so the test waits for the keyboard, not for an animation.
        await using var watched = await site.OpenAsync(motion: ReducedMotion.Reduce);
        var page = watched.Page;
        await page.GotoAsync(site.RootUrl + "2022/index.html");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Direct naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(UrlEndingIn("#inhoud"), new() { Timeout = 10_000 });

        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.textContent") != "Maart"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("Maart", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(UrlEndingIn("#maart"), new() { Timeout = 10_000 });
        await page.WaitForFunctionAsync("() => { const r = document.getElementById('maart-titel').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
    }

    [Fact]
    public async Task Nothing_is_requested_from_another_host_and_the_console_stays_clean()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.RootUrl + "2022/index.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await watched.Page.GotoAsync(site.RootUrl + EventPage, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Contains(watched.Requests, r => r.EndsWith("/assets/style.css", StringComparison.Ordinal));
        Assert.All(watched.Requests, r => Assert.StartsWith(site.RootUrl, r, StringComparison.Ordinal));
        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Opened_from_disk_the_site_has_its_styles_and_every_link_leads_to_a_file()
    {
        await using var watched = await site.OpenAsync();
        foreach (var path in new[] { "2022/index.html", EventPage })
        {
            await watched.Page.GotoAsync(new Uri(Path.Combine(site.Output, path)).AbsoluteUri);
            Assert.Equal("sticky", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).position"));
            var links = await watched.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                var uri = new Uri(link);
                Assert.True(uri.IsFile, $"{path}: {link} leaves the disk");
                Assert.True(File.Exists(uri.LocalPath), $"{path}: {link} leads nowhere");
            }
        }

        Assert.Empty(watched.ConsoleErrors);
    }

    [Fact]
    public async Task Under_a_sub_path_the_site_has_its_styles_and_every_link_works()
    {
        await using var watched = await site.OpenAsync();
        foreach (var path in new[] { "", EventPage })
        {
            var response = await watched.Page.GotoAsync(site.SubPathUrl + path);
            Assert.Equal(200, response!.Status);
            Assert.Equal("sticky", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).position"));
            var links = await watched.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0])");
            foreach (var link in links.Distinct())
            {
                Assert.StartsWith(site.SubPathUrl, link, StringComparison.Ordinal);
                var fetched = await watched.Context.APIRequest.GetAsync(link);
                Assert.True(fetched.Status == 200, $"{path}: {link} gives {fetched.Status}");
            }
        }

        Assert.All(watched.Requests, r => Assert.StartsWith(site.SubPathUrl, r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_JavaScript_the_report_reads_and_navigates_the_same()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.RootUrl + "2022/index.html");
            Assert.Equal(24, await page.Locator("article.event").CountAsync());
            Assert.True(await page.Locator("#baten-en-lasten table").IsVisibleAsync());
            await page.ClickAsync("nav.toc >> text=Maart");
            await page.WaitForURLAsync(UrlEndingIn("#maart"), new() { Timeout = 10_000 });
            await page.ClickAsync("text=Russische inval in Oekraïne");
            await page.WaitForURLAsync(UrlEndingIn(EventPage), new() { Timeout = 10_000 });
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(ReducedMotion.Reduce, "auto")]
    [InlineData(ReducedMotion.NoPreference, "smooth")]
    public async Task Scrolling_is_smooth_only_for_readers_who_do_not_ask_for_reduced_motion(ReducedMotion motion, string behaviour)
    {
        var context = await site.Browser.NewContextAsync(new() { ReducedMotion = motion });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.RootUrl + "2022/index.html");
            Assert.Equal(behaviour, await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Printing_leaves_out_the_navigation_and_keeps_the_table_whole()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.RootUrl + "2022/index.html");
        await watched.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("page", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.toc')).breakAfter"));
        Assert.Equal("none", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).display"));
        Assert.Equal("avoid", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.finance-table')).breakInside"));
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Screenshots_of_the_report_are_kept_for_people_to_look_at(int width, int height)
    {
        await using var watched = await site.OpenAsync(width, height);
        await watched.Page.GotoAsync(site.RootUrl + "2022/index.html");
        var file = Path.Combine(RepositoryPaths.Artifacts, "screenshots", $"report-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await watched.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 20_000);
    }
}
