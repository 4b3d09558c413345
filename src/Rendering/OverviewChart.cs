using System.Globalization;
using System.Text;
using Generator.Computing;

namespace Generator.Rendering;

/// <summary>
/// An inline SVG chart of totaal baten, totaal lasten and saldo across the years, newest first: per year a heading
/// and three bars on one scale for the whole chart, each below a line with its name on the left and its amount on the
/// right (<see cref="FinanceChart.Amount"/>, so a bar too short to see, like a small saldo, still reads), a negative
/// figure drawn left of a zero line with a dashed outline. Made at build time (no script), coloured by the theme's
/// classes; its text alternative states every figure.
/// </summary>
public static class OverviewChart
{
    private const int Width = 360;
    private const int FontSize = 16;
    private const int LineHeight = 22;
    private const int BarHeight = 14;
    private const int BarGap = 6;
    private const int YearGap = 14;

    private static readonly (string Label, string Class)[] Series = [("Baten", "bar-income"), ("Lasten", "bar-expense-1"), ("Saldo", "bar-expense-2")];

    /// <param name="years">The years' reports, newest first.</param>
    /// <param name="idPrefix">Makes the chart's ids (its title and description).</param>
    public static HtmlString Render(IReadOnlyList<AnnualReport> years, string idPrefix)
    {
        var figures = years.Select(Figures).ToList();
        var all = figures.SelectMany(f => f).ToList();
        var right = Math.Max(0, all.DefaultIfEmpty(0).Max());
        var left = Math.Max(0, -all.DefaultIfEmpty(0).Min());
        var span = right + left;
        decimal Scale(decimal euros) => span == 0 ? 0 : Math.Abs(euros) / span * Width;
        var zero = Scale(left);

        var body = new StringBuilder();
        var y = 0;
        for (var i = 0; i < years.Count; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{y + FontSize}\">{years[i].Site.Year}</text>\n");
            y += LineHeight;
            for (var s = 0; s < Series.Length; s++)
            {
                var euros = figures[i][s];
                var width = Scale(euros);
                var x = euros < 0 ? zero - width : zero;
                var negative = euros < 0 ? " bar-negative" : "";
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"0\" y=\"{y + FontSize}\">{Series[s].Label}</text>\n");
                body.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width}\" y=\"{y + FontSize}\" text-anchor=\"end\">{Html.Encode(FinanceChart.Amount(euros))}</text>\n");
                y += LineHeight;
                body.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {Series[s].Class}{negative}\" x=\"{Number(x)}\" y=\"{y}\" width=\"{Number(width)}\" height=\"{BarHeight}\"/>\n");
                if (left > 0)
                {
                    // The zero line beside each bar only, so it never runs through the text above the bars.
                    body.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Number(zero)}\" y1=\"{y - 2}\" x2=\"{Number(zero)}\" y2=\"{y + BarHeight + 2}\"/>\n");
                }

                y += BarHeight + BarGap;
            }

            y += YearGap;
        }

        y -= YearGap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"finance-chart\" viewBox=\"0 0 {Width} {Math.Max(y, 1)}\" role=\"img\" aria-labelledby=\"{idPrefix}-titel {idPrefix}-beschrijving\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{idPrefix}-titel\">Baten, lasten en saldo per jaar</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{idPrefix}-beschrijving\">{Html.Encode(Description(years))}</desc>\n");
        return new HtmlString(svg.Append(body).Append("</svg>").ToString());
    }

    /// <summary>Every year's three figures in words, for the chart's text alternative.</summary>
    public static string Description(IReadOnlyList<AnnualReport> years)
    {
        var text = string.Join(" ", years.Select(r =>
        {
            var f = Figures(r);
            return $"{r.Site.Year}: totaal baten {FinanceChart.Amount(f[0])}, totaal lasten {FinanceChart.Amount(f[1])}, saldo {FinanceChart.Amount(f[2])}.";
        }));
        return years.Any(r => Figures(r).Any(f => f < 0))
            ? text + " Negatieve bedragen staan links van de nullijn, met een gestippelde rand."
            : text;
    }

    /// <summary>Totaal baten, totaal lasten and saldo in euros, as the year's statement shows them.</summary>
    public static decimal[] Figures(AnnualReport report)
    {
        var finance = report.Finance;
        var unit = finance.Statement.Unit;
        return [finance.Income.ShownTotal * unit, finance.Expenses.ShownTotal * unit, finance.Saldo * unit];
    }

    private static string Number(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
