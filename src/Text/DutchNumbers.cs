using System.Globalization;
using System.Text;

namespace Generator.Text;

/// <summary>
/// Dutch number formatting, written out so it is the same on every machine: a dot between thousands,
/// a decimal comma, and a real minus sign (U+2212).
/// </summary>
public static class DutchNumbers
{
    public const char MinusSign = '\u2212';

    /// <summary>The no-break space (U+00A0) that keeps an amount and its units on one line: "€ 578,4 miljoen".</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>578422 → "578.422"; -26287 → "−26.287"; 0.5 → "0,5".</summary>
    public static string Amount(decimal value) => Format(value, decimals: null);

    /// <summary>With exactly <paramref name="decimals"/> decimals, rounded half away from zero: (578.4222m, 1) → "578,4".</summary>
    public static string Amount(decimal value, int decimals) =>
        Format(Math.Round(value, decimals, MidpointRounding.AwayFromZero), decimals);

    /// <summary>From this many euros (either sign) an amount is shown in millions by <see cref="Euro"/>; below it, in whole euros.</summary>
    public const decimal MillionsFrom = 1_000_000m;

    /// <summary>
    /// An amount in euros as the text writes it: 578422000 → "€ 578,4 miljoen", with no-break spaces. An amount that is
    /// not zero but would show as "€ 0,0 miljoen" (under € 50.000 either way) is an <see cref="ArgumentException"/>
    /// that names <c>euro</c>: it is never shown as nothing, nor without its sign.
    /// </summary>
    public static string EuroMillions(decimal euros)
    {
        var millions = Amount(euros / 1_000_000m, 1);
        if (euros != 0 && millions == "0,0")
        {
            throw new ArgumentException(
                $"{Together("€", Amount(euros))} is too small for euro_millions: it would show as {Together("€", "0,0", "miljoen")}. Write it with '| euro' ({Euro(euros)})");
        }

        return Together("€", millions, "miljoen");
    }

    /// <summary>
    /// An amount in euros on the scale that shows it, the one rule for the overview's cards, the charts and
    /// <c>| euro</c>: from <see cref="MillionsFrom"/> (either sign) in millions ("€ 578,4 miljoen", "€ −1,2 miljoen"),
    /// below it in euros as given ("€ 400", "€ −40.000", "€ 999.999"), so that no amount shows as "€ 0,0 miljoen".
    /// </summary>
    public static string Euro(decimal euros) =>
        Math.Abs(euros) >= MillionsFrom ? EuroMillions(euros) : Together("€", Amount(euros));

    /// <summary>The unit of a statement's amounts: 1 → "€"; 1000 → "× € 1.000", with no-break spaces.</summary>
    public static string EuroUnit(decimal unit) => unit == 1 ? "€" : Together("×", "€", Amount(unit));

    /// <summary>A table caption's note on its amounts: 1 → "bedragen in €"; 1000 → "bedragen × € 1.000".</summary>
    public static string AmountsIn(decimal unit) => unit == 1 ? "bedragen in €" : "bedragen " + EuroUnit(unit);

    /// <summary>The parts of one amount (sign, number, units) joined so that a line never breaks between them.</summary>
    public static string Together(params string[] parts) => string.Join(NoBreakSpace, parts);

    private static string Format(decimal value, int? decimals)
    {
        var invariant = Math.Abs(value).ToString(decimals is { } d ? "F" + d.ToString(CultureInfo.InvariantCulture) : "0.############################", CultureInfo.InvariantCulture);
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? invariant : invariant[..point];
        var fraction = point < 0 ? "" : invariant[(point + 1)..];

        var builder = new StringBuilder(invariant.Length + 8);
        if (value < 0 && (whole.Any(c => c != '0') || fraction.Any(c => c != '0')))
        {
            builder.Append(MinusSign);
        }

        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                builder.Append('.');
            }

            builder.Append(whole[i]);
        }

        if (fraction.Length > 0)
        {
            builder.Append(',').Append(fraction);
        }

        return builder.ToString();
    }
}
