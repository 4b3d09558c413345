using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>With <c>unit: 1000000000</c> and 12-digit amounts the overview's cards wrap their amounts, so that on a
/// phone the overview does not scroll sideways.</summary>
[Collection(HugeAmountsCollection.Name)]
public class HugeAmountsPhoneTests(HugeAmountsSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task The_overview_with_amounts_in_billions_does_not_scroll_sideways(int width)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844);
        await watched.Page.GotoAsync(site.RootUrl + "index.html");

        // The case is real: a card's amount is wider than the screen when it cannot wrap.
        var longest = await watched.Page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.overview-figures dd')].map(d => d.textContent.length))");
        Assert.True(longest > 30, $"the longest amount on a card has only {longest} characters");

        var overflow = await watched.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
        var widest = await watched.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
              .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.True(overflow <= 0, $"the overview at {width} px is {overflow} px wider than the screen: {string.Join(", ", widest.Take(8))}");
    }
}
