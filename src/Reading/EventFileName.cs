using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Generator.Text;

namespace Generator.Reading;

/// <summary>
/// The date at the start of an event's file name (<c>2022-02-07-…</c>, or <c>2022-03-…</c> for a month-only event) must
/// agree with its front matter, which decides where the event is published; a disagreement is a warning at the
/// <c>date</c> (or <c>month</c>) line that says which to correct.
/// </summary>
public static partial class EventFileName
{
    /// <summary>Warns when the file name's date prefix names another day, month or year than the front matter.</summary>
    /// <param name="date">The front matter's <c>date</c>, or null for a month-only event.</param>
    /// <param name="month">The event's month, 1–12.</param>
    /// <param name="year">The event's year: the date's, or the report's for a month-only event (null when unknown).</param>
    public static void WarnIfDisagrees(MappingReader map, DateOnly? date, int month, int? year)
    {
        var match = Prefix().Match(Path.GetFileName(map.DisplayPath));
        if (!match.Success)
        {
            return;
        }

        var prefixYear = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var prefixMonth = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var prefixDay = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var key = date is null ? "month" : "date";
        var says = date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DutchMonths.Name(month);
        var agrees = prefixMonth == month
            && (year is null || prefixYear == year)
            && (prefixDay is null || date is null || prefixDay == date.Value.Day);
        if (!agrees)
        {
            var prefix = match.Groups["prefix"].Value;
            var right = date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{year ?? prefixYear:D4}-{month:D2}";
            map.Diagnostics.Warning(DiagnosticCodes.FileNameDisagreesWithDate, map.LocationOf(key),
                $"The file name starts with {prefix} but '{key}' says {says}, so the event is published under {DutchMonths.Name(month)}. "
                + $"Correct '{key}' if the file name is right, or rename the file to start with {right}- if '{key}' is.");
        }
    }

    [GeneratedRegex(@"^(?<prefix>(?<year>\d{4})-(?<month>0[1-9]|1[0-2])(?:-(?<day>0[1-9]|[12]\d|3[01]))?)-", RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
