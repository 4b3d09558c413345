using System.Text.RegularExpressions;

namespace Generator.Reading;

/// <summary>
/// The one rule for the keys of a statement: every line and memo line has a <c>key</c> that matches it across years,
/// written so that it can be named in a text expression (<c>finance.lines.personele_kosten</c>): lower-case letters,
/// digits and '_', starting with a letter. Keys are unique within a statement; the totals and the saldo have the
/// built-in keys below, which no line may take.
/// </summary>
public static partial class FinanceKeys
{
    /// <summary>Totaal baten.</summary>
    public const string Income = "baten";

    /// <summary>Totaal lasten.</summary>
    public const string Expenses = "lasten";

    /// <summary>The saldo van baten en lasten.</summary>
    public const string Saldo = "saldo";

    /// <summary>The rule in words, for messages.</summary>
    public const string Rule = "lower-case letters, digits and '_', starting with a letter (like 'personele_kosten')";

    /// <summary>The keys that belong to the totals and the saldo.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = [Income, Expenses, Saldo];

    /// <summary>True when <paramref name="key"/> follows the rule (it may still be a built-in or a duplicate).</summary>
    public static bool IsValid(string key) => Pattern().IsMatch(key);

    /// <summary>A key made from a label by the rule ("Materiële kosten" → "materiele_kosten"); empty when the label has no letters.</summary>
    public static string From(string label)
    {
        var slug = Text.Slug.From(label).Replace('-', '_');
        var start = 0;
        while (start < slug.Length && !char.IsAsciiLetterLower(slug[start]))
        {
            start++;
        }

        return slug[start..];
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Pattern();
}
