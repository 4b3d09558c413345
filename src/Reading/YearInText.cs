using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The years that a heading or label names: 'new year' moves them from the source year to the new one, and the build
/// warns (RPT309) when a year's heading names another year than its folder's. The one rule for what reads as a year:
/// four digits from 1900 to 2999 that are not part of an amount, that is
/// <list type="bullet">
/// <item>not part of a longer number: no digit, and no thousands dot or decimal comma followed by a digit, on either side
/// ("20221", "2.000", "2000,50");</item>
/// <item>not after a currency sign (€, $, £ or EUR, with or without one space: "€ 2000");</item>
/// <item>not before a unit (%, ‰, €, euro or EUR, with or without one space: "2000 euro", "1950 %").</item>
/// </list>
/// The warning also leaves out a year more than <see cref="Nearby"/> years from the report's own, which a heading names
/// as history or as a count ("sinds 1990", "2500 aanvragen" in the report of 2022), never as a copied report's year.
/// </summary>
public static partial class YearInText
{
    /// <summary>How many years from the report's own a named year may be, at most, to be taken for a copied report's year.</summary>
    public const int Nearby = 10;

    [GeneratedRegex(@"(?<![0-9]|[0-9][.,]|(?:[€$£]|\bEUR)[ \u00A0]?)(?:19|2[0-9])[0-9]{2}(?![0-9]|[.,][0-9]|[ \u00A0]?(?:[%‰€]|(?i:euro|EUR)\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    /// <summary>Every year <paramref name="text"/> names, by the rule above, with its 0-based index: "Realisatie 2022 (€ 2000)" → (2022, 11).</summary>
    public static IEnumerable<(int Year, int Index)> Named(string text) =>
        FourDigitYear().Matches(text).Select(m => (int.Parse(m.Value, CultureInfo.InvariantCulture), m.Index));

    /// <summary>
    /// The text with every <paramref name="from"/> that reads as a year written as <paramref name="to"/> ("Realisatie 2022" →
    /// "Realisatie 2021"); other numbers, and amounts such as "€ 2022", stay as they are. A range of years ("2022-2023",
    /// "2022 – 2023", "2022/2023", "2022-23") that starts or ends with <paramref name="from"/> moves as a whole, both ends by
    /// the same number of years ("2022-2023" → "2023-2024" for 2022 → 2023; a four-digit range in either order), so a range never becomes "2023-2023"; a range
    /// without <paramref name="from"/> stays, as a single other year does.
    /// </summary>
    public static string Replace(string text, int from, int to)
    {
        var years = FourDigitYear().Matches(text);
        var shift = to - from;
        var written = new StringBuilder(text.Length);
        var done = 0;
        for (var i = 0; i < years.Count; i++)
        {
            var start = years[i];
            var first = int.Parse(start.Value, CultureInfo.InvariantCulture);
            written.Append(text, done, start.Index - done);
            done = start.Index + start.Length;
            if (i + 1 < years.Count && RangeSeparator().IsMatch(text[done..years[i + 1].Index])
                && int.Parse(years[i + 1].Value, CultureInfo.InvariantCulture) is var last)
            {
                var moves = first == from || last == from;
                written.Append(Text(moves ? first + shift : first)).Append(text, done, years[i + 1].Index - done).Append(Text(moves ? last + shift : last));
                done = years[++i].Index + years[i].Length;
                continue;
            }

            if (ShortRangeEnd().Match(text, done) is { Success: true } end
                && first / 100 * 100 + int.Parse(end.Groups["end"].Value, CultureInfo.InvariantCulture) is var shortLast && shortLast > first)
            {
                var moves = first == from || shortLast == from;
                written.Append(Text(moves ? first + shift : first)).Append(end.Groups["separator"].Value)
                    .Append(((moves ? shortLast + shift : shortLast) % 100).ToString("00", CultureInfo.InvariantCulture));
                done = end.Index + end.Length;
                continue;
            }

            written.Append(first == from ? Text(to) : start.Value);
        }

        return written.Append(text, done, text.Length - done).ToString();
    }

    /// <summary>What stands between the two years of a range: a hyphen, en dash or slash, with a space on either side or not.</summary>
    [GeneratedRegex(@"^[ \u00A0]?[-–/][ \u00A0]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();

    /// <summary>The end of a range written with two digits ("2022-23"), right after its first year.</summary>
    [GeneratedRegex(@"\G(?<separator>[ \u00A0]?[-–/][ \u00A0]?)(?<end>[0-9]{2})(?![0-9]|[.,][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortRangeEnd();

    /// <summary>
    /// Warns (RPT309) at the first year in the value of <paramref name="key"/> within <see cref="Nearby"/> years of
    /// <paramref name="year"/> that is neither <paramref name="year"/> nor, when <paramref name="previousMayCompare"/>, the
    /// year before it. Nothing when the key is absent.
    /// </summary>
    /// <param name="what">What the value is, in the editor's words, such as "The column heading".</param>
    /// <param name="previousMayCompare">Whether the value may name the previous year where the statement compares with it.</param>
    /// <returns>
    /// Null, or, when <paramref name="previousMayCompare"/> and the value names the previous year (and no other year that
    /// is warned about at once), the warning that stands unless the statement turns out to compare with that year: whether
    /// it does is known only once every year is read (the previous year's folder, or stated <c>previous</c> figures).
    /// </returns>
    public static Diagnostic? WarnAboutOtherYears(MappingReader map, string key, int year, bool previousMayCompare, string what)
    {
        if (map.Peek(key) is not { } text)
        {
            return null;
        }

        Diagnostic? unlessCompared = null;
        foreach (var (named, index) in Named(text))
        {
            if (named == year || Math.Abs(named - year) > Nearby)
            {
                continue;
            }

            if (previousMayCompare && named == year - 1)
            {
                unlessCompared ??= new Diagnostic(Severity.Warning, DiagnosticCodes.OtherYearNamed,
                    $"{what} ('{key}: {text}') names {named}, but the report of {year} does not compare with {named}: "
                    + $"the site has no {named} to compare with, and the statement states no 'previous' figures. "
                    + $"Write {year} if the year was copied from another report, or state the {named} figures as 'previous' "
                    + $"(or add the year {named}) so that the table compares with it.",
                    map.LocationWithin(key, index));
                continue;
            }

            map.Diagnostics.Warning(DiagnosticCodes.OtherYearNamed, map.LocationWithin(key, index),
                $"{what} ('{key}: {text}') names {named}, but this is the report of {year} (its folder's name). "
                + $"Write {year} if the year was copied from another report"
                + (previousMayCompare ? $" ({year - 1} is allowed, for the comparison with the previous year)" : "")
                + $". If {named} is a number and not a year, write it with a thousands dot ({ThousandsDot(named)}).");
            return null;
        }

        return unlessCompared;
    }

    private static string ThousandsDot(int number) => Text(number / 1000) + "." + (number % 1000).ToString("000", CultureInfo.InvariantCulture);

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
