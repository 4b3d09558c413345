using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

/// <summary>Every line and memo line has a key by one rule; empty amounts are to be filled in; previous figures cover both groups.</summary>
public class FinanceKeyTests
{
    private const string Statement = """
        unit: 1000
        income:
          lines:
            - key: bijdrage
              label: Bijdrage moederdepartement
              amount: 1200
        expenses:
          lines:
            - key: personele_kosten
              label: Personele kosten
              amount: 900
        memo:
          - key: project
            label: Kosten project
            amount: 55

        """;

    [Fact]
    public void The_statement_as_written_has_its_keys()
    {
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(Statement, "input/finance.yml", diagnostics)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["bijdrage", "personele_kosten", "project"],
            statement.Income.Lines.Concat(statement.Expenses.Lines).Select(l => l.Key).Append(statement.Memo[0].Key));
        Assert.Equal(("baten", "lasten"), (statement.Income.Key, statement.Expenses.Key));
        Assert.Null(statement.Previous);
    }

    [Theory]
    [InlineData("    - key: bijdrage\n", "    - \n", 5, 7, "'key' is required but missing. Give each line a short, lasting name that matches it across years and can be used in the text, like: key: bijdrage_moederdepartement")]
    [InlineData("key: personele_kosten", "key: Personele-kosten", 9, 12, "'key' must be lower-case letters, digits and '_', starting with a letter (like 'personele_kosten'), not 'Personele-kosten'.")]
    [InlineData("key: personele_kosten", "key: 2e_kwartaal", 9, 12, "not '2e_kwartaal'")]
    [InlineData("key: personele_kosten", "key: lasten", 9, 12, "'lasten' is the built-in key of totaal lasten; give this line another key, like: key: personele_kosten")]
    [InlineData("key: personele_kosten", "key: saldo", 9, 12, "'saldo' is the built-in key of the saldo")]
    [InlineData("key: personele_kosten", "key: bijdrage", 9, 12, "The key 'bijdrage' is already used at line 4; each line of the statement needs its own key.")]
    [InlineData("key: project", "key: bijdrage", 13, 10, "The key 'bijdrage' is already used at line 4")]
    [InlineData("  - key: project\n", "  - \n", 14, 5, "'key' is required but missing. Give each memo line a short, lasting name")]
    public void A_missing_malformed_reserved_or_repeated_key_is_an_error_at_it(string from, string to, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        FinanceReader.Read(Statement.Replace(from, to, StringComparison.Ordinal), "input/finance.yml", diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.FinanceKeyInvalid, line, column), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    // Every kind of amount a new year leaves empty (the error stands where the figure is to be typed): a line's, a memo line's, a published total, a previous figure.
    [Theory]
    [InlineData("amount: 1200", "amount:", 6, 14)]
    [InlineData("amount: 55", "amount: ~", 15, 13)]
    [InlineData("amount: 900\n", "amount: 900\n  published_total:\n", 12, 19)]
    [InlineData("amount: 900\n", "amount: 900\n      previous:\n", 12, 16)]
    public void An_empty_amount_is_to_be_filled_in_and_never_taken_for_zero(string from, string to, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(Statement.Replace(from, to, StringComparison.Ordinal), "input/finance.yml", diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.AmountToFillIn, line, column), (error.Code, error.Location!.Line, error.Location.Column));
        Assert.Contains("is still empty: fill in the figure as published", error.Message, StringComparison.Ordinal);
        Assert.True(statement is null || !statement.Income.Complete || !statement.Expenses.Complete || statement.Memo.Count == 0);
    }

    [Fact]
    public void Previous_figures_for_one_group_only_are_an_error_at_the_other()
    {
        var diagnostics = new DiagnosticBag();
        var statement = FinanceReader.Read(Statement.Replace("amount: 900\n", "amount: 900\n      previous: 880\n", StringComparison.Ordinal), "input/finance.yml", diagnostics);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.PreviousIncomplete, 3), (error.Code, error.Location!.Line));
        Assert.Contains("none for baten", error.Message, StringComparison.Ordinal);
        Assert.Null(statement!.Previous);
    }

    [Fact]
    public void A_line_of_the_previous_year_only_has_a_previous_figure_and_no_amount()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = Statement
            .Replace("amount: 1200\n", "amount: 1200\n      previous: 1100\n", StringComparison.Ordinal)
            .Replace("amount: 900\n", "amount: 900\n      previous: 880\n    - key: huur\n      label: Huur\n      previous: 40\n", StringComparison.Ordinal);
        var statement = FinanceReader.Read(yaml, "input/finance.yml", diagnostics)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["personele_kosten"], statement.Expenses.Lines.Select(l => l.Key));
        Assert.Equal([("personele_kosten", 880m), ("huur", 40m)], statement.Previous!.Expenses.Lines.Select(l => (l.Key, l.Amount)));
    }
}
