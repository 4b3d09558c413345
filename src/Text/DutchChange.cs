namespace Generator.Text;

/// <summary>
/// A change from one year's figure to the next as Dutch prose writes it: "een stijging van 4,2 %", "een daling van
/// 3,1 %", or as a signed percentage "+4,2 %", "−3,1 %". The percentage is the difference relative to the size of the
/// earlier figure, computed in <see cref="decimal"/> and rounded to one decimal, half away from zero.
/// </summary>
public static class DutchChange
{
    /// <summary>(104.2, 100) → "een stijging van 4,2 %"; (96.9, 100) → "een daling van 3,1 %"; equal → "geen verandering".</summary>
    /// <exception cref="ArgumentException">The earlier figure is zero: no change relative to it exists.</exception>
    public static string Words(decimal current, decimal previous)
    {
        var percent = Percent(current, previous);
        if (current == previous)
        {
            return "geen verandering";
        }

        var direction = current > previous ? "een stijging" : "een daling";
        return percent == 0
            ? $"{direction} van minder dan {Percentage(0.1m)}"
            : $"{direction} van {Percentage(Math.Abs(percent))}";
    }

    /// <summary>(104.2, 100) → "+4,2 %"; (96.9, 100) → "−3,1 %" (U+2212); equal → "0,0 %". No-break space before the '%'.</summary>
    /// <exception cref="ArgumentException">The earlier figure is zero: no change relative to it exists.</exception>
    public static string AsPercentage(decimal current, decimal previous)
    {
        var percent = Percent(current, previous);
        var sign = percent > 0 ? "+" : percent < 0 ? DutchNumbers.MinusSign.ToString() : "";
        return sign + Percentage(Math.Abs(percent));
    }

    /// <summary>The change in percent of |previous|, rounded to one decimal: (−10000, −26287) → 62.0 (the saldo rose).</summary>
    /// <exception cref="ArgumentException">The earlier figure is zero.</exception>
    public static decimal Percent(decimal current, decimal previous)
    {
        if (previous == 0)
        {
            throw new ArgumentException($"a change from 0 to {DutchNumbers.Amount(current)} cannot be written as a percentage; describe it in words or with format_amount");
        }

        return Math.Round((current - previous) * 100m / Math.Abs(previous), 1, MidpointRounding.AwayFromZero);
    }

    private static string Percentage(decimal value) => DutchNumbers.Amount(value, 1) + DutchNumbers.NoBreakSpace + "%";
}
