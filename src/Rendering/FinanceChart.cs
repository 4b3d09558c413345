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

    /// <summary>
    /// The chart as an SVG element that scales to the width of its container; <paramref name="idPrefix"/> makes its ids.
    /// Every bar's length is its figure on one scale for the whole chart. Bars start at a zero line: positive figures
    /// run right of it (the lasten lines stacked), negative ones left (stacked too), drawn with a dashed outline (class
    /// <c>bar-negative</c>) with their minus sign in the legend and the text alternative, which says where negatives are drawn, so any statement is drawn true.
    /// </summary>
    public static HtmlString Render(FinanceReport finance, string idPrefix)
    {
        var unit = finance.Statement.Unit;
        var income = finance.Income.ShownTotal;
        var expenses = finance.Expenses.ShownTotal;
        var lines = finance.Expenses.Group.Lines;
        IReadOnlyList<decimal> incomeParts = [income];
        IReadOnlyList<decimal> expenseParts = lines.Count > 0 ? [.. lines.Select(l => l.Amount)] : [expenses];

        // One scale: the widest run right of zero plus the widest run left of it fill the width.
        var right = Math.Max(Positive(incomeParts), Positive(expenseParts));
        var left = Math.Max(Negative(incomeParts), Negative(expenseParts));
        var span = right + left;
        decimal Scale(decimal amount) => span == 0 ? 0 : Math.Abs(amount) / span * Width;
        var zero = Scale(left);

        var body = new StringBuilder();

        // Baten: a line with the label and the amount, then one bar.
        var y = 0;
        Row(body, finance.Income.Group.Label, y, income * unit);
        y += LineHeight;
        var top = y;
        Bars(body, incomeParts, _ => "bar-income", zero, y, Scale);

        // Lasten: the lines stacked, so their parts show in the total.
        y += BarHeight + RowGap;
        Row(body, finance.Expenses.Group.Label, y, expenses * unit);
        y += LineHeight;
        Bars(body, expenseParts, i => $"bar-expense-{(i % 4) + 1}", zero, y, Scale);
        if (left > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Number(zero)}\" y1=\"{top - 4}\" x2=\"{Number(zero)}\" y2=\"{y + BarHeight + 4}\"/>\n");
        }

        // Legend for the parts of the lasten: a swatch, the label, and its amount (on the next line when both do not fit).
        y += BarHeight + RowGap;
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i].Label;
            var amount = Amount(lines[i].Amount * unit);
            var negative = lines[i].Amount < 0 ? " bar-negative" : "";
            body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-expense-{(i % 4) + 1}{negative}\" x=\"0\" y=\"{y + 4}\" width=\"{Swatch}\" height=\"{Swatch}\"/>\n");
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

    /// <summary>One stacked bar: positive parts run right from <paramref name="zero"/>, negative parts left, in order.</summary>
    private static void Bars(StringBuilder body, IReadOnlyList<decimal> parts, Func<int, string> colour, decimal zero, int y, Func<decimal, decimal> scale)
    {
        var rightEdge = zero;
        var leftEdge = zero;
        for (var i = 0; i < parts.Count; i++)
        {
            var width = scale(parts[i]);
            decimal x;
            if (parts[i] < 0)
            {
                leftEdge -= width;
                x = leftEdge;
            }
            else
            {
                x = rightEdge;
                rightEdge += width;
            }

            var negative = parts[i] < 0 ? " bar-negative" : "";
            body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {colour(i)}{negative}\" x=\"{Number(x)}\" y=\"{y}\" width=\"{Number(width)}\" height=\"{BarHeight}\"/>\n");
        }
    }

    private static decimal Positive(IEnumerable<decimal> parts) => parts.Where(p => p > 0).Sum();

    private static decimal Negative(IEnumerable<decimal> parts) => -parts.Where(p => p < 0).Sum();

    /// <summary>An amount in euros for the chart and its text, on the scale that shows it (<see cref="DutchNumbers.Euro"/>).</summary>
    public static string Amount(decimal euros) => DutchNumbers.Euro(euros);

    /// <summary>The figures in words, for the chart's text alternative.</summary>
    public static string Description(FinanceReport finance)
    {
        var unit = finance.Statement.Unit;
        var lines = finance.Expenses.Group.Lines;
        var parts = lines.Count > 0
            ? " (" + string.Join(", ", lines.Select(l => $"{l.Label.ToLowerInvariant()} {Amount(l.Amount * unit)}")) + ")"
            : "";
        var negatives = finance.Income.ShownTotal < 0 || (lines.Count > 0 ? lines.Any(l => l.Amount < 0) : finance.Expenses.ShownTotal < 0)
            ? " Negatieve bedragen staan links van de nullijn, met een gestippelde rand."
            : "";
        return $"{finance.Income.Group.TotalLabel}: {Amount(finance.Income.ShownTotal * unit)}. "
            + $"{finance.Expenses.Group.TotalLabel}: {Amount(finance.Expenses.ShownTotal * unit)}{parts}. "
            + $"{finance.Statement.SaldoLabel}: {Amount(finance.Saldo * unit)}.{negatives}";
    }

    /// <summary>A bar's heading line: its label on the left, its amount on the right.</summary>
    private static void Row(StringBuilder svg, string label, int y, decimal euros)
    {
        var baseline = y + FontSize;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{baseline}\">{Html.Encode(label)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width}\" y=\"{baseline}\" text-anchor=\"end\">{Html.Encode(Amount(euros))}</text>\n");
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
