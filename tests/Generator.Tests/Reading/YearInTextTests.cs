using Generator.Reading;

namespace Generator.Tests.Reading;

/// <summary>
/// What reads as a year in a heading or label (for RPT309 and 'new year'): four digits from 1900 to 2999 that are not part
/// of an amount. Both sides of each part of the rule.
/// </summary>
public class YearInTextTests
{
    [Theory]
    [InlineData("Realisatie 2022", 2022)]
    [InlineData("2022", 2022)]
    [InlineData("Baten en lasten 2019-2020", 2019, 2020)]
    [InlineData("Baten en lasten 2019–2020", 2019, 2020)]
    [InlineData("In 2021.", 2021)]
    [InlineData("2021, 2022 en 2023", 2021, 2022, 2023)]
    [InlineData("2022 in cijfers", 2022)]
    [InlineData("Jaaroverzicht (2022)", 2022)]
    [InlineData("Realisatie 2022 (× € 1.000)", 2022)]
    [InlineData("2500 aanvragen", 2500)] // a count reads like a year here; the warning leaves it out as too far from the report's year
    [InlineData("1900 en 2999", 1900, 2999)]
    public void A_four_digit_number_standing_alone_is_a_year(string text, params int[] years) =>
        Assert.Equal(years, YearInText.Named(text).Select(n => n.Year));

    [Theory]
    [InlineData("€ 2000")] // after a currency sign
    [InlineData("€\u00A02000")]
    [InlineData("€2000")]
    [InlineData("EUR 2022")]
    [InlineData("$ 2022")]
    [InlineData("£2022")]
    [InlineData("2000 euro")] // before a unit
    [InlineData("2000 Euro")]
    [InlineData("2022 EUR")]
    [InlineData("2022 €")]
    [InlineData("2000%")]
    [InlineData("1950 %")]
    [InlineData("2000 ‰")]
    [InlineData("2.000")] // part of a longer number
    [InlineData("12.2022")]
    [InlineData("2022,50")]
    [InlineData("0,2022")]
    [InlineData("20221")]
    [InlineData("12022")]
    [InlineData("1899 of 3000")] // outside 1900 to 2999
    public void A_number_that_is_part_of_an_amount_is_not_a_year(string text) =>
        Assert.Empty(YearInText.Named(text));

    [Theory]
    [InlineData("2000 europese landen", 2000)] // 'euro' only as a word of its own
    [InlineData("EUROPA 2022", 2022)]
    public void A_unit_is_a_whole_word(string text, int year) =>
        Assert.Equal([year], YearInText.Named(text).Select(n => n.Year));

    [Fact]
    public void New_year_moves_the_year_and_leaves_an_amount_alone()
    {
        Assert.Equal("Realisatie 2023 (€ 2022, 2022 euro, 2.022)", YearInText.Replace("Realisatie 2022 (€ 2022, 2022 euro, 2.022)", 2022, 2023));
        Assert.Equal("Realisatie 2023 en 2022", YearInText.Replace("Realisatie 2022 en 2021", 2022, 2023).Replace("2021", "2022", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kosten 2022-2023", 2022, 2023, "Kosten 2023-2024")]
    [InlineData("Kosten 2021-2022", 2022, 2023, "Kosten 2022-2023")]
    [InlineData("Kosten 2022-2023", 2022, 2021, "Kosten 2021-2022")]
    [InlineData("Kosten 2022–2023 en 2022", 2022, 2023, "Kosten 2023–2024 en 2023")]
    [InlineData("Kosten 2022 / 2023", 2022, 2023, "Kosten 2023 / 2024")]
    [InlineData("Schooljaar 2021-22", 2022, 2023, "Schooljaar 2022-23")]
    [InlineData("Schooljaar 2022/23", 2022, 2024, "Schooljaar 2024/25")]
    [InlineData("Plan 2019-2020", 2022, 2023, "Plan 2019-2020")]
    [InlineData("Van 2023-2022", 2022, 2023, "Van 2024-2023")] // backwards, still both ends move: never "2023-2023"
    [InlineData("2022-01-26", 2022, 2023, "2023-01-26")] // a date is no range: "01" does not follow 2022
    public void A_range_of_years_moves_as_a_whole(string text, int from, int to, string expected) =>
        Assert.Equal(expected, YearInText.Replace(text, from, to));
}
