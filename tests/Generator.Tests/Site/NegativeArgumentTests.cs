using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>A function in a text given a negative number without brackets ('| format_change -10') is told to write (-10), not Scriban's argument count.</summary>
public class NegativeArgumentTests
{
    [Theory]
    [InlineData("{{ -5 | format_change -10 }}", "format_change")]
    [InlineData("{{ 5 | format_change_percent -10 }}", "format_change_percent")]
    [InlineData("{{ finance.saldo | format_change -finance.previous.saldo }}", "format_change")]
    public void A_negative_number_after_a_function_is_explained_as_needing_brackets(string expression, string function)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}", expression);

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ContentExpressionRuntime, error.Code);
        Assert.Equal(8, error.Location?.Line);
        Assert.StartsWith($"The expression failed: '{function}' needs one value after it (like '| format_change finance.previous.saldo') but got no value. "
            + $"A negative number after a function is read as a subtraction: write it in brackets, '| {function} (-10)' rather than '| {function} -10'.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid number of arguments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_brackets_the_negative_number_is_compared_with()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("input/2030/events/2030-02-01-eerste-gebeurtenis.md", "{{ finance.income.total | euro_millions }}", "Het saldo {{ -5 | format_change (-10) }}.");
        site.BuildSuccessfully();
        Assert.DoesNotContain("format_change", site.Read("output/2030/index.html"), StringComparison.Ordinal);
    }
}
