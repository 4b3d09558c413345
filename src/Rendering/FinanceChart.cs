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
    private const int Width = 640;
    private const int LabelWidth = 80;
    private const int ValueWidth = 150;
    private const int BarHeight = 34;
    private const int RowGap = 18;

    public static HtmlString Render(FinanceReport finance, string idPrefix)
    {
        var unit = finance.Statement.Unit;
        var income = finance.Income.ShownTotal;
        var expenses = finance.Expenses.ShownTotal;
        var largest = Math.Max(Math.Max(income, expenses), 1m);
        var barSpace = Width - LabelWidth - ValueWidth;
        decimal Scale(decimal amount) => Math.Max(0m, amount) / largest * barSpace;

        var lines = finance.Expenses.Group.Lines;
        var legendRows = lines.Count;
        var height = (2 * BarHeight) + RowGap + 24 + (legendRows * 24) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"finance-chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{idPrefix}-titel {idPrefix}-beschrijving\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{idPrefix}-titel\">{Html.Encode(finance.Income.Group.Label)} en {Html.Encode(finance.Expenses.Group.Label.ToLowerInvariant())}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{idPrefix}-beschrijving\">{Html.Encode(Description(finance))}</desc>\n");

        // Baten: one bar.
        var y = 0;
        Row(svg, finance.Income.Group.Label, y, income * unit);
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-income\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Number(Scale(income))}\" height=\"{BarHeight}\"/>\n");

        // Lasten: the lines stacked, so their parts show in the total.
        y += BarHeight + RowGap;
        Row(svg, finance.Expenses.Group.Label, y, expenses * unit);
        var x = (decimal)LabelWidth;
        var segments = lines.Count > 0 ? lines.Select(l => l.Amount).ToList() : [expenses];
        for (var i = 0; i < segments.Count; i++)
        {
            var width = Scale(segments[i]);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-expense-{(i % 4) + 1}\" x=\"{Number(x)}\" y=\"{y}\" width=\"{Number(width)}\" height=\"{BarHeight}\"/>\n");
            x += width;
        }

        // Legend for the parts of the lasten.
        y += BarHeight + 24;
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar bar-expense-{(i % 4) + 1}\" x=\"{LabelWidth}\" y=\"{y + (i * 24)}\" width=\"14\" height=\"14\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{LabelWidth + 22}\" y=\"{y + (i * 24) + 12}\">{Html.Encode(lines[i].Label)}: {Html.Encode(DutchNumbers.EuroMillions(lines[i].Amount * unit))}</text>\n");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
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

    private static void Row(StringBuilder svg, string label, int y, decimal euros)
    {
        var middle = y + (BarHeight / 2) + 5;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{middle}\">{Html.Encode(label)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width}\" y=\"{middle}\" text-anchor=\"end\">{Html.Encode(DutchNumbers.EuroMillions(euros))}</text>\n");
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
