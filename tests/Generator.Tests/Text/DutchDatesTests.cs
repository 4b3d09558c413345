using Generator.Text;

namespace Generator.Tests.Text;

public class DutchDatesTests
{
    [Theory]
    [InlineData(2022, 1, 26, "26 januari 2022")]
    [InlineData(2022, 3, 9, "9 maart 2022")]
    [InlineData(2022, 12, 31, "31 december 2022")]
    public void DayMonthYear_writes_the_Dutch_long_date(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DutchDates.DayMonthYear(new DateOnly(year, month, day)));

    [Fact]
    public void A_month_alone_is_written_as_month_and_year() =>
        Assert.Equal("maart 2022", DutchDates.MonthAndYear(3, 2022));

    [Fact]
    public void Iso_gives_the_datetime_attribute_for_a_day_and_for_a_month()
    {
        Assert.Equal("2022-01-26", DutchDates.Iso(new DateOnly(2022, 1, 26)));
        Assert.Equal("2022-03", DutchDates.Iso(3, 2022));
    }

    [Theory]
    [InlineData("januari", 1)]
    [InlineData("Maart", 3)]
    [InlineData("DECEMBER", 12)]
    [InlineData("march", 0)]
    [InlineData("", 0)]
    public void Month_names_are_recognised_in_any_letter_case(string name, int expected) =>
        Assert.Equal(expected, DutchMonths.Number(name));
}
