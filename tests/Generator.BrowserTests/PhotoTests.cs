using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>A report with photos in a real browser: accessible, loaded from the site only, in a width that fits.</summary>
[Collection(PhotoCollection.Name)]
public class PhotoTests(PhotoSite site)
{
    [Theory]
    [InlineData("2022/index.html")]
    [InlineData(PhotoSite.EventPage)]
    public async Task A_report_with_photos_has_no_WCAG_2_1_A_or_AA_violations(string path)
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.GotoAsync(site.RootUrl + path);
        var result = await watched.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Contains(result.Passes, p => p.Id == "image-alt");
    }

    [Fact]
    public async Task Every_photo_loads_from_the_site_itself_as_WebP_and_nothing_from_another_host()
    {
        await using var watched = await site.OpenAsync();
        var failed = new List<string>();
        watched.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add(response.Status + " " + response.Url);
            }
        };
        await watched.Page.GotoAsync(site.RootUrl + PhotoSite.EventPage, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await watched.Page.GotoAsync(site.RootUrl + "2022/index.html", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await watched.Page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(watched.Requests, r => r.Contains("/images/loket-", StringComparison.Ordinal) && r.EndsWith(".webp", StringComparison.Ordinal));
        Assert.All(watched.Requests, r => Assert.StartsWith(site.RootUrl, r, StringComparison.Ordinal));
        // Every address the pages ask for exists (Chromium's own request for /favicon.ico is not the page's).
        Assert.Empty(failed);

        // Every image shown is complete and has its pixels: none is broken.
        var broken = await watched.Page.EvaluateAsync<int>("[...document.images].filter(i => i.complete && i.naturalWidth === 0).length");
        Assert.Equal(0, broken);
    }

    [Fact]
    public async Task On_a_phone_a_photo_fills_the_column_with_a_narrow_file_and_the_page_does_not_scroll_sideways()
    {
        await using var watched = await site.OpenAsync(width: 390, height: 844);
        await watched.Page.GotoAsync(site.RootUrl + PhotoSite.EventPage, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var lead = watched.Page.Locator("figure.lead-photo img");
        var current = await lead.EvaluateAsync<string>("i => i.currentSrc");
        Assert.Matches("-(480|800)\\.webp$", current);
        var box = (await lead.BoundingBoxAsync())!;
        Assert.InRange(box.Width, 300, 390);
        Assert.Equal(box.Width * 1600 / 2400, box.Height, 1.0);
        var overflow = await watched.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task No_image_is_drawn_wider_than_the_file_it_shows(int width, int height)
    {
        await using var watched = await site.OpenAsync(width: width, height: height);
        foreach (var path in new[] { PhotoSite.EventPage, "2022/index.html" })
        {
            await watched.Page.GotoAsync(site.RootUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            await watched.Page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
            await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // The file's own pixels: naturalWidth is scaled by srcset's density, so the chosen file is loaded on its own.
            var images = await watched.Page.EvaluateAsync<ImageSize[]>(
                """
                Promise.all([...document.images].map(async i => {
                  await i.decode();
                  const file = new Image();
                  file.src = i.currentSrc;
                  await file.decode();
                  return { src: i.currentSrc, drawn: i.getBoundingClientRect().width, pixels: file.naturalWidth };
                }))
                """);
            Assert.Contains(images, i => i.Src.Contains("/images/klein-", StringComparison.Ordinal));
            Assert.Contains(images, i => i.Src.Contains("/images/pictogram-", StringComparison.Ordinal));
            Assert.All(images, i => Assert.True(i.Drawn <= i.Pixels + 0.5, $"{path} at {width} px: {i.Src} is drawn {i.Drawn} px wide from {i.Pixels} pixels"));
        }
    }

    private sealed class ImageSize
    {
        public string Src { get; set; } = "";

        public double Drawn { get; set; }

        public double Pixels { get; set; }
    }

    [Fact]
    public async Task Printed_the_photos_use_the_widest_file()
    {
        await using var watched = await site.OpenAsync();
        await watched.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await watched.Page.GotoAsync(site.RootUrl + PhotoSite.EventPage, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var current = await watched.Page.Locator("figure.lead-photo img").EvaluateAsync<string>("i => i.currentSrc");
        Assert.EndsWith("-1600.jpg", current, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_pdf_embeds_the_photos_at_print_resolution()
    {
        var output = Path.Combine(site.Folder, "output-pdf");
        var result = SiteBuilder.Build(new BuildOptions(Path.Combine(site.Folder, "input"), Path.Combine(RepositoryPaths.Root, "theme"), output, RepositoryPaths.Root)
        { Pdf = true });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        // The lead photo (2,400 pixels wide) is embedded as its widest published version, not the screen's 800.
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(output, "2022", "jaaroverzicht-2022.pdf")));
        Assert.Contains("/Width 1600", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/Width 800", pdf, StringComparison.Ordinal);
    }
}
