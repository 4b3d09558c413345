using Generator.BrowserTests.Support;

namespace Generator.BrowserTests;

/// <summary>The overview's chart on a phone and a desktop: readable amounts on its bars, inside the chart, and room before the table.</summary>
[Collection(YearsCollection.Name)]
public class OverviewChartTests(YearsSite site)
{
    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Every_bar_has_its_amount_readable_inside_the_chart_and_the_table_stands_apart(int width)
    {
        await using var watched = await site.OpenAsync(width: width, height: 844);
        var page = watched.Page;
        await page.GotoAsync(site.RootUrl + "index.html");

        // Three years, three bars each, each with its amount in Dutch (the saldo of 2029 is negative).
        var amounts = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('svg.finance-chart text.value')].map(t => t.textContent)");
        Assert.Equal(9, amounts.Length);
        Assert.Contains("€\u00A0−100,4\u00A0miljoen", amounts);
        Assert.Contains("€\u00A01.100,4\u00A0miljoen", amounts);

        var sizes = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('svg.finance-chart text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        Assert.All(sizes, size => Assert.InRange(size, 12, 22));

        var outside = await page.EvaluateAsync<string[]>("""
            () => { const svg = document.querySelector('svg.finance-chart').getBoundingClientRect();
              return [...document.querySelectorAll('svg.finance-chart text')].filter(t => { const r = t.getBoundingClientRect();
                return r.left < svg.left - 0.5 || r.right > svg.right + 0.5 || r.top < svg.top - 0.5 || r.bottom > svg.bottom + 0.5; })
              .map(t => t.textContent); }
            """);
        Assert.Empty(outside);

        // No two texts of the chart overlap (the amount and the name on one line, the zero line beside the bars only).
        var overlapping = await page.EvaluateAsync<int>("""
            () => { const r = [...document.querySelectorAll('svg.finance-chart text, svg.finance-chart line')].map(e => e.getBoundingClientRect());
              let n = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)
                if (r[i].left < r[j].right - 0.5 && r[j].left < r[i].right - 0.5 && r[i].top < r[j].bottom - 0.5 && r[j].top < r[i].bottom - 0.5) n++;
              return n; }
            """);
        Assert.Equal(0, overlapping);

        // The chart's note and the table's caption are apart by at least a line.
        var gap = await page.EvaluateAsync<double>(
            "() => document.querySelector('#jaren-tabel').getBoundingClientRect().top - document.querySelector('.finance-figure figcaption').getBoundingClientRect().bottom");
        Assert.True(gap >= 16, $"only {gap:0.#} px between the chart's note and the table's caption");
    }
}
