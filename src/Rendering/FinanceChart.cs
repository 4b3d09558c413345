using System.Globalization;
using System.Text;
using Generator.Computing;
using Generator.Text;

namespace Generator.Rendering;

/// <summary>
/// An inline SVG bar chart of the computed figures: baten against lasten, the lasten split into their lines.
/// Made at build time, so it needs no script; coloured by the theme's CSS classes, so it follows dark mode.
/// The table stays the source of truth: the chart's text alternative states the same figures.
/// </summary>
public static class FinanceChart
{
    // Laid out for a phone: at 320 CSS px the chart is about 288 px wide, so text of 16 units shows at about 12.8 px.
    // The theme caps the chart's width, so on wide screens the same text stays at a reading size.
    private const int Width = 360;
    private const int FontSize = 16;
    private const int LineHeight = 22;
    private const int BarHeight = 28;
    private const int RowGap = 14;
    private const int Swatch = 14;

    /// <summary>The widest a text line may be, in characters of average width, before its amount moves to a line of its own.</summary>
    private const int CharactersPerLine = (Width - Swatch - 8) * 10 / (FontSize * 6);

    /// <summary>The chart as an SVG element that scales to the width of its container; <paramref name="idPrefix"/> makes its ids.</summary>
    public static HtmlString Render(FinanceReport finance, string idPrefix)
    {
        var unit = finance.Statement.Unit;
        var income = finance.Income.ShownTotal;
        var expenses = finance.Expenses.ShownTotal;
        var largest = Math.Max(Math.Max(income, expenses), 1m);
        decimal Scale(decimal amount) => Math.Max(0m, amount) / largest * Width;

        var body = new StringBuilder();

        // Baten: a line with the label and the amount, then one bar.
        var y = 0;
        Row(body, finance.Income.Group.Label, y, income * unit);
        y += LineHeight;
        body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-income\" x=\"0\" y=\"{y}\" width=\"{Number(Scale(income))}\" height=\"{BarHeight}\"/>\n");

        // Lasten: the lines stacked, so their parts show in the total.
        y += BarHeight + RowGap;
        Row(body, finance.Expenses.Group.Label, y, expenses * unit);
        y += LineHeight;
        var lines = finance.Expenses.Group.Lines;
        var x = 0m;
        var segments = lines.Count > 0 ? lines.Select(l => l.Amount).ToList() : [expenses];
        for (var i = 0; i < segments.Count; i++)
        {
            var width = Scale(segments[i]);
            body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-expense-{(i % 4) + 1}\" x=\"{Number(x)}\" y=\"{y}\" width=\"{Number(width)}\" height=\"{BarHeight}\"/>\n");
            x += width;
        }

        // Legend for the parts of the lasten: a swatch, the label, and its amount (on the next line when both do not fit).
        y += BarHeight + RowGap;
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i].Label;
            var amount = DutchNumbers.EuroMillions(lines[i].Amount * unit);
            body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-expense-{(i % 4) + 1}\" x=\"0\" y=\"{y + 4}\" width=\"{Swatch}\" height=\"{Swatch}\"/>\n");
            var baseline = y + FontSize;
            if (label.Length + amount.Length + 2 <= CharactersPerLine)
            {
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Swatch + 8}\" y=\"{baseline}\">{Html.Encode(label)}: {Html.Encode(amount)}</text>\n");
                y += LineHeight + 4;
            }
            else
            {
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Swatch + 8}\" y=\"{baseline}\">{Html.Encode(label)}:</text>\n");
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Swatch + 8}\" y=\"{baseline + LineHeight}\">{Html.Encode(amount)}</text>\n");
                y += (2 * LineHeight) + 4;
            }
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"finance-chart\" viewBox=\"0 0 {Width} {y}\" role=\"img\" aria-labelledby=\"{idPrefix}-titel {idPrefix}-beschrijving\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{idPrefix}-titel\">{Html.Encode(finance.Income.Group.Label)} en {Html.Encode(finance.Expenses.Group.Label.ToLowerInvariant())}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{idPrefix}-beschrijving\">{Html.Encode(Description(finance))}</desc>\n");
        return new HtmlString(svg.Append(body).Append("</svg>").ToString());
    }

    /// <summary>The figures in words, for the chart's text alternative.</summary>
    public static string Description(FinanceReport finance)
    {
        var unit = finance.Statement.Unit;
        var parts = finance.Expenses.Group.Lines.Count > 0
            ? " (" + string.Join(", ", finance.Expenses.Group.Lines.Select(l => $"{l.Label.ToLowerInvariant()} {DutchNumbers.EuroMillions(l.Amount * unit)}")) + ")"
            : "";
        return $"{finance.Income.Group.TotalLabel}: {DutchNumbers.EuroMillions(finance.Income.ShownTotal * unit)}. "
            + $"{finance.Expenses.Group.TotalLabel}: {DutchNumbers.EuroMillions(finance.Expenses.ShownTotal * unit)}{parts}. "
            + $"{finance.Statement.SaldoLabel}: {DutchNumbers.EuroMillions(finance.Saldo * unit)}.";
    }

    /// <summary>A bar's heading line: its label on the left, its amount on the right.</summary>
    private static void Row(StringBuilder svg, string label, int y, decimal euros)
    {
        var baseline = y + FontSize;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{baseline}\">{Html.Encode(label)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width}\" y=\"{baseline}\" text-anchor=\"end\">{Html.Encode(DutchNumbers.EuroMillions(euros))}</text>\n");
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
