using System.Globalization;

namespace Generator.Text;

/// <summary>Dutch dates, written out rather than taken from culture data: "26 januari 2022", "maart 2022".</summary>
public static class DutchDates
{
    public static string DayMonthYear(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {DutchMonths.Name(date.Month)} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string MonthAndYear(int month, int year) =>
        $"{DutchMonths.Name(month)} {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The value of a <c>&lt;time datetime&gt;</c>: "2022-01-26", or "2022-03" for a month.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(int month, int year) =>
        $"{year.ToString("0000", CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)}";
}
