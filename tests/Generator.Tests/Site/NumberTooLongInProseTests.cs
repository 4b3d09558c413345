using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>A number in a text's expression that no figure can hold is an editor's error at the expression, in words, never Scriban's type names.</summary>
public class NumberTooLongInProseTests
{
    [Theory]
    [InlineData("{{ 123456789012345678901234567890 | format_number }}")]
    [InlineData("{{ 123456789012345678901234567890 | euro }}")]
    [InlineData("{{ 123456789012345678901234567890 | euro_millions }}")]
    [InlineData("{{ 1e20 | format_number }}")]
    [InlineData("{{ 1e19 | format_number }}")]
    [InlineData("{{ 100000000000000000000 | format_number }}")]
    [InlineData("{{ 9223372036854775808 | euro }}")]
    public void A_number_of_more_digits_than_a_figure_holds_is_an_error_in_words(string expression)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}", expression);

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Equal("input/2030/events/2030-02-01-eerste-gebeurtenis.md", error.Location?.Path);
        Assert.Equal(8, error.Location?.Line);
        Assert.DoesNotContain("bigint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`decimal`", error.Message, StringComparison.Ordinal);
        Assert.Contains("a number written in the text can be at most 9223372036854775807 (nineteen digits; 1e19, 1e20 or 100000000000000000000 are too large)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The limit the message names is the real one: the largest number it allows is formatted, with 1e18.</summary>
    [Theory]
    [InlineData("{{ 9223372036854775807 | format_number }}", "9.223.372.036.854.775.807")]
    [InlineData("{{ 1e18 | format_number }}", "1.000.000.000.000.000.000")]
    public void A_number_up_to_the_limit_is_formatted(string expression, string shown)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}", expression);
        site.BuildSuccessfully();
        Assert.Contains(shown, site.Read("output/2030/index.html"), StringComparison.Ordinal);
    }
}
