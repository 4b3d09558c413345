using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The years (four digits from 1900 to 2999, standing alone) that a heading or label names: 'new year' moves them from the
/// source year to the new one, and the build warns (RPT309) when a year's heading names another year than its folder's.
/// </summary>
public static partial class YearInText
{
    [GeneratedRegex(@"(?<![0-9])(?:19|2[0-9])[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    /// <summary>The text with every standalone <paramref name="from"/> written as <paramref name="to"/> ("Realisatie 2022" →
    /// "Realisatie 2021"); other numbers, and years inside longer numbers, stay as they are.</summary>
    public static string Replace(string text, int from, int to) =>
        FourDigitYear().Replace(text, m => m.Value == Text(from) ? Text(to) : m.Value);

    /// <summary>
    /// Warns (RPT309) at the first year in the value of <paramref name="key"/> that is neither <paramref name="year"/> nor,
    /// when <paramref name="previousAllowed"/>, the year before it. Nothing when the key is absent.
    /// </summary>
    /// <param name="what">What the value is, in the editor's words, such as "The column heading".</param>
    public static void WarnAboutOtherYears(MappingReader map, string key, int year, bool previousAllowed, string what)
    {
        if (map.Text(key) is not { } text)
        {
            return;
        }

        foreach (Match match in FourDigitYear().Matches(text))
        {
            var named = int.Parse(match.Value, CultureInfo.InvariantCulture);
            if (named == year || (previousAllowed && named == year - 1))
            {
                continue;
            }

            map.Diagnostics.Warning(DiagnosticCodes.OtherYearNamed, map.LocationWithin(key, match.Index),
                $"{what} ('{key}: {text}') names {named}, but this is the report of {year} (its folder's name). "
                + $"Write {year} if the year was copied from another report"
                + (previousAllowed ? $" ({year - 1} is allowed, for the comparison with the previous year)." : "."));
            return;
        }
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
