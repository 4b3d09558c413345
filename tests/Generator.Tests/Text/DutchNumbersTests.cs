using Generator.Text;

namespace Generator.Tests.Text;

public class DutchNumbersTests
{
    [Theory]
    [InlineData("578422", "578.422")]
    [InlineData("-26287", "−26.287")]
    [InlineData("604709", "604.709")]
    [InlineData("0", "0")]
    [InlineData("999", "999")]
    [InlineData("1000", "1.000")]
    [InlineData("1234567890", "1.234.567.890")]
    [InlineData("0.5", "0,5")]
    [InlineData("-1234.25", "−1.234,25")]
    public void Amount_uses_dots_between_thousands_a_decimal_comma_and_a_real_minus(string value, string expected) =>
        Assert.Equal(expected, DutchNumbers.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(578422000, "€\u00a0578,4\u00a0miljoen")]
    [InlineData(604709000, "€\u00a0604,7\u00a0miljoen")]
    [InlineData(6114000, "€\u00a06,1\u00a0miljoen")]
    [InlineData(3409000, "€\u00a03,4\u00a0miljoen")]
    [InlineData(1250000, "€\u00a01,3\u00a0miljoen")] // half away from zero, as Dutch reports round
    [InlineData(1234567890, "€\u00a01.234,6\u00a0miljoen")]
    [InlineData(-26287000, "€\u00a0−26,3\u00a0miljoen")]
    public void EuroMillions_writes_the_amount_as_the_prose_does(long euros, string expected) =>
        Assert.Equal(expected, DutchNumbers.EuroMillions(euros));

    [Theory]
    [InlineData(1, "€")]
    [InlineData(1000, "×\u00a0€\u00a01.000")]
    [InlineData(1000000, "×\u00a0€\u00a01.000.000")]
    public void EuroUnit_keeps_the_sign_the_euro_and_the_number_together(long unit, string expected) =>
        Assert.Equal(expected, DutchNumbers.EuroUnit(unit));

    [Fact]
    public void A_negative_amount_that_rounds_to_zero_has_no_minus_sign() =>
        Assert.Equal("0,0", DutchNumbers.Amount(-0.01m, 1));
}
