using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Rendering;

namespace Generator.Tests.Rendering;

/// <summary>The finance chart draws every statement true: each bar as long as its figure, the text naming the real figures.</summary>
public class FinanceChartTests
{
    private const double Width = 360;

    [Theory]
    [InlineData(1000, 251_000, "428000 -176735")] // the tester's statement: a negative line, totals that match
    [InlineData(1000, 578_422, "408216 79121 26287 64798")] // the real report's shape
    [InlineData(1000, 100, "300")] // a negative saldo
    [InlineData(1000, -50, "-20 -30")] // negative baten and lasten
    [InlineData(1, 0, "0 0")] // zero totals
    [InlineData(1, 0, "")] // no lines at all
    [InlineData(1, 12, "12")] // a single line, small values in whole euros
    [InlineData(1000, 999_999_999_999, "999999999999 1 -1")] // very large beside very small
    [InlineData(1, 20_000, "19999.5 0.5")] // fractions
    public void A_statement_is_drawn_to_scale_and_described_with_its_figures(decimal unit, decimal income, string lines) =>
        Check(unit, income, lines.Length == 0 ? [] : [.. lines.Split(' ').Select(a => decimal.Parse(a, CultureInfo.InvariantCulture))]);

    [Fact]
    public void Any_statement_is_drawn_to_scale_and_described_with_its_figures()
    {
        var amount = Gen.OneOf(
            Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(a => (decimal)a),
            Gen.Long[-1000, 1000].Select(a => (decimal)a),
            Gen.Const(0m));
        Gen.Select(Gen.OneOf(Gen.Const(1m), Gen.Const(1000m)), amount, amount.Array[0, 6])
            .Sample(t => Check(t.Item1, t.Item2, t.Item3), iter: 500);
    }

    private static void Check(decimal unit, decimal income, decimal[] amounts)
    {
        var finance = Report(unit, income, amounts);
        var html = FinanceChart.Render(finance, "g").ToString();
        var svg = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").QuerySelector("svg")!;
        var rects = svg.QuerySelectorAll("rect").ToList();
        var parts = amounts.Length > 0 ? amounts : [finance.Expenses.ShownTotal];
        var figures = new[] { income }.Concat(parts).ToList();
        var bars = rects.Take(figures.Count).Select(r => (X: Attribute(r, "x"), Width: Attribute(r, "width"), Negative: r.ClassList.Contains("bar-negative"))).ToList();
        Assert.Equal(figures.Count + amounts.Length, rects.Count);

        // One scale: the longest bar sets it, and every other bar is its figure on that scale (drawn to a tenth, twice rounded).
        var longest = figures.Select(Math.Abs).Max();
        var perUnit = longest == 0 ? 0 : bars[figures.Select(Math.Abs).ToList().IndexOf(longest)].Width / (double)longest;
        for (var i = 0; i < figures.Count; i++)
        {
            Assert.InRange(bars[i].Width, (Math.Abs((double)figures[i]) * perUnit) - 0.11, (Math.Abs((double)figures[i]) * perUnit) + 0.11);
            Assert.Equal(figures[i] < 0, bars[i].Negative);
            Assert.InRange(bars[i].X, -0.06, Width + 0.06);
            Assert.InRange(bars[i].X + bars[i].Width, -0.06, Width + 0.06);
        }

        // From the zero line: positive parts run right of it one after another, negative parts left.
        var axis = svg.QuerySelector("line.axis");
        var zero = axis is null ? 0 : Attribute(axis, "x1");
        Assert.Equal(figures.Any(f => f < 0), axis is not null);
        foreach (var row in new[] { bars.Take(1).ToList(), bars.Skip(1).ToList() })
        {
            var right = zero;
            var left = zero;
            foreach (var bar in row)
            {
                if (bar.Negative)
                {
                    Assert.InRange(bar.X + bar.Width, left - 0.11, left + 0.11);
                    left = bar.X;
                }
                else
                {
                    Assert.InRange(bar.X, right - 0.11, right + 0.11);
                    right = bar.X + bar.Width;
                }
            }
        }

        // The text alternative names every line with its real figure (rounded to a tenth of a million at most).
        var description = svg.QuerySelector("desc")!.TextContent;
        foreach (var (label, line) in amounts.Select((a, i) => ($"post {i + 1}", a)))
        {
            var at = description.IndexOf(label + " ", StringComparison.Ordinal);
            Assert.True(at >= 0, description);
            var text = description[(at + label.Length + 1)..];
            text = text[..new[] { text.IndexOf(", post ", StringComparison.Ordinal), text.IndexOf(").", StringComparison.Ordinal) }.Where(e => e >= 0).Min()];
            AssertStates(text, line * unit);
        }

        AssertStates(After(description, "Totaal baten: "), income * unit);
        AssertStates(After(description, "Totaal lasten: "), finance.Expenses.ShownTotal * unit);
        AssertStates(After(description, "Saldo: "), finance.Saldo * unit);
        Assert.Equal(figures.Any(f => f < 0), description.Contains("links van de nullijn", StringComparison.Ordinal));
    }

    /// <summary>The amount after <paramref name="label"/>: up to the ". " that ends its sentence (a thousands dot is followed by a digit).</summary>
    private static string After(string description, string label)
    {
        var text = description[(description.IndexOf(label, StringComparison.Ordinal) + label.Length)..];
        var end = new[] { text.IndexOf(". ", StringComparison.Ordinal), text.IndexOf(" (post ", StringComparison.Ordinal), text.Length }.Where(e => e >= 0).Min();
        return text[..end].TrimEnd('.');
    }

    /// <summary>Reads "€ −176,7 miljoen" or "€ 12" back and checks it is the figure, within its rounding.</summary>
    private static void AssertStates(string text, decimal euros)
    {
        var negative = text.Contains('\u2212', StringComparison.Ordinal);
        var millions = text.Contains("miljoen", StringComparison.Ordinal);
        var number = text.Replace("miljoen", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim()
            .Replace(".", "", StringComparison.Ordinal).Replace(',', '.').Replace('\u2212', '-');
        var value = decimal.Parse(number, CultureInfo.InvariantCulture) * (millions ? 1_000_000m : 1m);
        Assert.True(Math.Abs(value - euros) <= (millions ? 50_000m : 0m), $"'{text}' does not state {euros}");
        Assert.True(negative == euros < 0, $"'{text}' for {euros}");
    }

    private static double Attribute(IElement element, string name) => double.Parse(element.GetAttribute(name)!, CultureInfo.InvariantCulture);

    private static FinanceReport Report(decimal unit, decimal income, decimal[] amounts)
    {
        var at = new SourceLocation("input/2022/finance.yml", 1, 1);
        var lines = amounts.Select((a, i) => new FinanceLine($"post_{i + 1}", $"Post {i + 1}", a)).ToList();
        var expenses = amounts.Sum();
        var statement = new FinanceStatement("input/2022/finance.yml", "Financiën", "", "Bedrag", unit,
            new FinanceGroup("Baten", "Totaal baten", [new FinanceLine("baten_regel", "Baten", income)], null, at),
            new FinanceGroup("Lasten", "Totaal lasten", lines, null, at),
            "Saldo", null, [], "");
        return new FinanceReport(statement, new GroupTotal(statement.Income, income, income), new GroupTotal(statement.Expenses, expenses, expenses), income - expenses, false);
    }
}
