using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

/// <summary>Every amount in finance.yml is a whole number of the unit, and anything else is an error at that value.</summary>
public class FinanceAmountTests
{
    private const string Statement = """
        unit: 1000
        income:
          published_total: {0}
        expenses:
          lines:
            - key: personele_kosten
              label: Personele kosten
              amount: {1}
          published_total: {2}
        saldo:
          published: {3}
        memo:
          - key: oekraine
            label: Kosten Oekraïne 2022
            amount: {4}

        """;

    private static readonly string[] Good = ["578422", "427973", "427973", "150449", "6114"];

    // (line, column) of each value above.
    private static readonly (int Line, int Column)[] Places = [(3, 20), (8, 15), (9, 20), (11, 14), (15, 13)];

    private static (FinanceStatement? Statement, IReadOnlyList<Diagnostic> Diagnostics) Read(int slot, string value)
    {
        var values = (string[])Good.Clone();
        values[slot] = value;
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, values), "input/2022/finance.yml", diagnostics);
        return (statement, diagnostics.ToSortedList());
    }

    [Fact]
    public void Plain_whole_numbers_are_read_as_written()
    {
        var (statement, diagnostics) = Read(4, "-0");
        Assert.Empty(diagnostics);
        Assert.Equal(578422m, statement!.Income.PublishedTotal!.Amount);
        Assert.Equal(427973m, Assert.Single(statement.Expenses.Lines).Amount);
        Assert.Equal(150449m, statement.PublishedSaldo!.Amount);
        Assert.Equal(0m, Assert.Single(statement.Memo).Amount);
        Assert.Equal(-26287m, Read(3, "-26287").Statement!.PublishedSaldo!.Amount);
    }

    [Theory]
    [InlineData("6.114", "write 6114 (no thousands dot)")]
    [InlineData("427.973", "write 427973 (no thousands dot)")]
    [InlineData("-26.287", "write -26287 (no thousands dot)")]
    [InlineData("1.234.567", "write 1234567 (no thousands dot)")]
    [InlineData("6,114", "write 6114 (no thousands separator)")]
    [InlineData("6 114", "write 6114 (no thousands separator)")]
    [InlineData("6\u00A0114", "write 6114 (no thousands separator)")]
    [InlineData("1_000", "write 1000 (no thousands separator)")]
    [InlineData("6.114,5", "has a fraction")]
    [InlineData("6114.0", "has a decimal point; write 6114")]
    [InlineData("-26287,00", "has a decimal point; write -26287")]
    [InlineData("578.4", "has a fraction")]
    [InlineData(".5", "has a fraction")]
    [InlineData("-0.5", "has a fraction")]
    [InlineData("6,5", "has a fraction")]
    [InlineData("1e3", "has an exponent")]
    [InlineData("1.5E+3", "has an exponent")]
    [InlineData("0x10", "another base")]
    [InlineData("0o17", "another base")]
    [InlineData("0b101", "another base")]
    [InlineData("017", "octal number; write 17")]
    [InlineData("\"6114\"", "without quotes, like 6114")]
    [InlineData("'6.114'", "without quotes, like 6114")]
    [InlineData("true", "read as true or false")]
    [InlineData("no", "read as true or false")]
    [InlineData("\"\"", "without quotes, like 6114")]
    [InlineData(".inf", "not a finite number")]
    [InlineData("-.nan", "not a finite number")]
    [InlineData("+5", "write 5")]
    [InlineData("−26287", "write -26287 with a plain hyphen-minus")]
    [InlineData("1234567890123", "has 13 digits")]
    [InlineData("99999999999999999999999999999999", "has 32 digits")]
    [InlineData("3.4k", "'3.4k' is not a number")]
    [InlineData("[1, 2]", "this is a list or a mapping")]
    public void Anything_but_a_plain_whole_number_is_an_error_at_that_value_in_every_place(string value, string hint)
    {
        for (var slot = 0; slot < Good.Length; slot++)
        {
            var (statement, diagnostics) = Read(slot, value);
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(DiagnosticCodes.AmountInvalid, error.Code);
            Assert.Equal(new SourceLocation("input/2022/finance.yml", Places[slot].Line, Places[slot].Column), error.Location);
            Assert.Contains(hint, error.Message, StringComparison.Ordinal);
            if (slot == 1)
            {
                // The group with the wrong line cannot be totalled: no figure is published from it.
                Assert.False(statement!.Expenses.Complete);
            }
        }
    }

    // No value at all is an amount still to be filled in (as 'new year' leaves them), never a zero: RPT308 in every place.
    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void An_amount_without_a_value_is_to_be_filled_in_in_every_place(string value)
    {
        for (var slot = 0; slot < Good.Length; slot++)
        {
            var (_, diagnostics) = Read(slot, value);
            var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.AmountToFillIn, Places[slot].Line), (error.Code, error.Location!.Line));
            Assert.Contains("is still empty: fill in the figure as published", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1000")]
    [InlineData("1.000")]
    [InlineData("0.001")]
    [InlineData("10000000000")]
    public void The_unit_is_a_positive_whole_number(string unit)
    {
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, Good).Replace("unit: 1000", "unit: " + unit, StringComparison.Ordinal), "input/2022/finance.yml", diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.AmountInvalid, 1, 7), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.True(statement is null || diagnostics.HasErrors);
    }

    [Fact]
    public void A_unit_with_a_thousands_dot_is_explained_in_euros_not_in_itself()
    {
        var diagnostics = new DiagnosticBag();
        FinanceReader.Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, Good).Replace("unit: 1000", "unit: 1.000", StringComparison.Ordinal), "input/2022/finance.yml", diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("'unit' must be a whole number of euros, written without separators like 1 or 1000 (for amounts × € 1.000): '1.000' has a thousands dot; write 1000 (no thousands dot).", error.Message);
    }
}
