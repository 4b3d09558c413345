using Generator.BrowserTests.Support;
using Microsoft.Playwright;

namespace Generator.BrowserTests;

/// <summary>The finance chart's text on small and large screens, and the contrast of what carries meaning without being text.</summary>
[Collection(BrowserCollection.Name)]
public class ChartAndContrastTests(BrowserSite site)
{
    /// <summary>The contrast ratio of two CSS colours as WCAG 2 defines it, computed in the page from computed styles.</summary>
    private const string ContrastScript = """
        (() => {
          const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
          const lum = c => rgb(c).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          window.contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        })()
        """;

    [Theory]
    [InlineData(320, 12, 14)]
    [InlineData(390, 12, 17)]
    [InlineData(1280, 14, 22)]
    public async Task No_text_in_the_chart_is_smaller_than_12_px_and_none_is_oversized(int width, double smallest, double largest)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844);
        await watched.Page.GotoAsync(site.RootUrl + "2022/index.html");
        var sizes = await watched.Page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('svg.finance-chart text')]
              .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)
            """);
        Assert.True(sizes.Length >= 4, $"the chart has {sizes.Length} texts");
        Assert.All(sizes, size => Assert.InRange(size, smallest, largest));

        // And every text is inside the chart's box: nothing is cut off at the edges.
        var outside = await watched.Page.EvaluateAsync<string[]>("""
            () => { const svg = document.querySelector('svg.finance-chart').getBoundingClientRect();
              return [...document.querySelectorAll('svg.finance-chart text')].filter(t => { const r = t.getBoundingClientRect();
                return r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5; })
              .map(t => t.textContent); }
            """);
        Assert.Empty(outside);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Month_dividers_chart_bars_and_the_focus_ring_stand_out_3_to_1(ColorScheme scheme)
    {
        await using var watched = await site.OpenAsync(scheme: scheme);
        var page = watched.Page;
        await page.GotoAsync(site.RootUrl + "2022/index.html");
        await page.EvaluateAsync(ContrastScript);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        var dividers = await page.EvaluateAsync<double[]>(
            "bg => [...document.querySelectorAll('section.month')].map(m => contrast(getComputedStyle(m).borderTopColor, bg))", background);
        Assert.Equal(11, dividers.Length);
        Assert.All(dividers, ratio => Assert.True(ratio >= 3, $"a month divider has {ratio:0.00}:1 on {background}"));

        var bars = await page.EvaluateAsync<double[]>(
            "bg => [...document.querySelectorAll('svg.finance-chart rect')].map(r => contrast(getComputedStyle(r).fill, bg))", background);
        Assert.NotEmpty(bars);
        Assert.All(bars, ratio => Assert.True(ratio >= 3, $"a chart bar has {ratio:0.00}:1 on {background}"));

        await page.FocusAsync("section.month a");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        var focus = await page.EvaluateAsync<double>("bg => contrast(getComputedStyle(document.activeElement).outlineColor, bg)", background);
        Assert.True(focus >= 3, $"the focus ring has {focus:0.00}:1 on {background}");
    }
}
