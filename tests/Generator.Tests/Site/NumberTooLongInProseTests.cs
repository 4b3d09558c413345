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
        Assert.Contains("at most 28 digits", error.Message, StringComparison.Ordinal);
    }
}
