using Generator.Text;

namespace Generator.Tests.Text;

/// <summary>A change between two years in Dutch words and as a signed percentage, in decimal, the same on every machine.</summary>
public class DutchChangeTests
{
    [Theory]
    [InlineData("104.2", "100", "een stijging van 4,2\u00a0%", "+4,2\u00a0%")]
    [InlineData("96.9", "100", "een daling van 3,1\u00a0%", "\u22123,1\u00a0%")]
    [InlineData("578422", "555000", "een stijging van 4,2\u00a0%", "+4,2\u00a0%")]
    [InlineData("100.05", "100", "een stijging van 0,1\u00a0%", "+0,1\u00a0%")] // half away from zero
    [InlineData("99.95", "100", "een daling van 0,1\u00a0%", "\u22120,1\u00a0%")]
    [InlineData("100.01", "100", "een stijging van minder dan 0,1\u00a0%", "0,0\u00a0%")]
    [InlineData("100", "100", "geen verandering", "0,0\u00a0%")]
    [InlineData("-10000", "-26287", "een stijging van 62,0\u00a0%", "+62,0\u00a0%")] // a saldo from −26.287 to −10.000 rose
    [InlineData("-30000", "-26287", "een daling van 14,1\u00a0%", "\u221214,1\u00a0%")]
    [InlineData("250", "100", "een stijging van 150,0\u00a0%", "+150,0\u00a0%")]
    [InlineData("5000000", "1", "een stijging van 499.999.900,0\u00a0%", "+499.999.900,0\u00a0%")]
    public void A_change_is_written_the_Dutch_way(string current, string previous, string words, string percentage)
    {
        var (now, then) = (decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(words, DutchChange.Words(now, then));
        Assert.Equal(percentage, DutchChange.AsPercentage(now, then));
    }

    [Fact]
    public void A_change_from_zero_has_no_percentage()
    {
        var error = Assert.Throws<ArgumentException>(() => DutchChange.Words(5000, 0));
        Assert.Contains("a change from 0 to 5.000 cannot be written as a percentage", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DutchChange.AsPercentage(0, 0));
    }
}
