using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Reading;

/// <summary>
/// The one rule for an amount in <c>finance.yml</c>: a whole number of the statement's unit, written as plain
/// digits with an optional leading '-' (<c>427973</c>, <c>-26287</c>). Anything else is refused with a reason an
/// editor can act on, because a statement prints <c>6.114</c> where the file needs <c>6114</c>, and a
/// thousands dot read as a decimal point would silently publish a figure a thousand times too small.
/// </summary>
public static partial class WholeAmount
{
    /// <summary>Up to 999.999.999.999 units: far beyond any statement, and sums stay well within <see cref="decimal"/>.</summary>
    public const int MaxDigits = 12;

    /// <summary>Reads <paramref name="value"/>, the value of <paramref name="key"/>, as an amount.</summary>
    /// <returns>The amount in units, or null with <paramref name="message"/> set to what is wrong and how to write it.</returns>
    public static decimal? Parse(YamlNode value, string key, out string message)
    {
        message = "";
        if (Read(value) is { } amount)
        {
            return amount;
        }

        message = key == "unit"
            ? $"'unit' must be a whole number of euros, written without separators like 1 or 1000 (for amounts × € 1.000): {Reason(value, amount: true)}."
            : $"'{key}' must be a whole number of the statement's unit, written without separators like 427973 or -26287: {Reason(value, amount: true)}.";
        return null;
    }

    /// <summary>
    /// Reads <paramref name="value"/>, the value of <paramref name="key"/>, as a whole number by the same rule as an amount
    /// (digits with an optional leading '-', no quotes, no leading 0, at most <see cref="MaxDigits"/> digits): every
    /// number in the input is read alike, such as a chapter's <c>order</c>.
    /// </summary>
    /// <param name="example">A valid value for the message, like "2".</param>
    /// <returns>The number, or null with <paramref name="message"/> set to what is wrong and how to write it.</returns>
    public static long? ParseNumber(YamlNode value, string key, string example, out string message)
    {
        message = "";
        if (Read(value) is { } number)
        {
            return (long)number;
        }

        message = $"'{key}' must be a whole number written as plain digits, like {example}: {Reason(value, amount: false)}.";
        return null;
    }

    private static decimal? Read(YamlNode value)
    {
        if (value is not YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text }
            || PlainWholeNumber().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var digits = match.Groups["digits"].Value;
        return (digits.Length > 1 && digits[0] == '0') || digits.Length > MaxDigits
            ? null
            : decimal.Parse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <param name="amount">Whether the value is an amount of the statement, which the reasons then name.</param>
    private static string Reason(YamlNode value, bool amount)
    {
        if (value is not YamlScalarNode scalar)
        {
            return "this is a list or a mapping";
        }

        var text = (scalar.Value ?? "").Trim();
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return $"'{text}' is written as text, in quotes; write it without quotes, like {Suggestion(text) ?? "6114"}";
        }

        if (PlainWholeNumber().Match(text) is { Success: true } match)
        {
            var digits = match.Groups["digits"].Value;
            return digits[0] == '0'
                ? $"'{text}' starts with a 0, which some YAML readers take for an octal number; write {(text[0] == '-' ? "-" : "")}{digits.TrimStart('0').PadLeft(1, '0')}"
                : amount
                    ? $"'{text}' has {digits.Length} digits, more than any statement needs (at most {MaxDigits}); check the amount and the statement's 'unit'"
                    : $"'{text}' has {digits.Length} digits, more than a number here may have (at most {MaxDigits})";
        }

        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            return "it has no value";
        }

        if (text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n")
        {
            return $"'{text}' is read as true or false";
        }

        if (text.Length > 1 && text[0] is '−' or '–' or '—' && Suggestion(text[1..]) is { } unsigned)
        {
            return $"'{text}' starts with a typographic minus or dash; write -{unsigned} with a plain hyphen-minus";
        }

        if (text.StartsWith('+') && Suggestion(text[1..]) is { } positive)
        {
            return $"'{text}' has a '+'; write {positive}";
        }

        if (ThousandsGrouped().Match(text) is { Success: true } grouped)
        {
            var separator = grouped.Groups["separator"].Value;
            var name = separator switch
            {
                "." => "a thousands dot",
                "," => "a thousands comma",
                "_" => "an underscore",
                "'" => "an apostrophe",
                _ => "a space",
            };
            return $"'{text}' has {name}; write {Suggestion(text)} (no thousands {(separator == "." ? "dot" : "separator")})";
        }

        if (HexOctalOrBinary().IsMatch(text))
        {
            return $"'{text}' is written in another base (hexadecimal, octal or binary); write it in decimal digits";
        }

        if (Exponent().IsMatch(text))
        {
            return $"'{text}' has an exponent; write the number in full";
        }

        if (text.ToLowerInvariant().TrimStart('-', '+') is ".inf" or ".nan")
        {
            return $"'{text}' is not a finite number";
        }

        if (WholeWithZeroFraction().Match(text) is { Success: true } zero)
        {
            return $"'{text}' has a decimal point; write {zero.Groups["whole"].Value}";
        }

        return Fraction().IsMatch(text)
            ? amount
                ? $"'{text}' has a fraction, and the statement's amounts have none; round it as the statement does (if the dot or comma separates thousands, leave it out)"
                : $"'{text}' has a fraction; give a whole number"
            : $"'{text}' is not a number";
    }

    /// <summary>The digits of a number written with thousands separators, or null when it is not one.</summary>
    private static string? Suggestion(string text)
    {
        if (PlainWholeNumber().IsMatch(text))
        {
            return text;
        }

        return ThousandsGrouped().IsMatch(text)
            ? new string([.. text.Where(c => char.IsAsciiDigit(c) || c == '-')])
            : null;
    }

    [GeneratedRegex(@"^-?(?<digits>[0-9]+)$")]
    private static partial Regex PlainWholeNumber();

    // 6.114, 427.973, 1.234.567, 6,114, 6 114 (also with a no-break space), 1_000, 1'000.
    [GeneratedRegex(@"^-?[0-9]{1,3}(?:(?<separator>[.,_' \u00A0\u202F])[0-9]{3})(?:\k<separator>[0-9]{3})*$")]
    private static partial Regex ThousandsGrouped();

    [GeneratedRegex(@"^[-+]?0[xXoObB][0-9a-fA-F_]+$")]
    private static partial Regex HexOctalOrBinary();

    [GeneratedRegex(@"^[-+]?(?:[0-9][0-9._,]*)?\.?[0-9]*[eE][-+]?[0-9]+$")]
    private static partial Regex Exponent();

    // 6114.0, 6114.00: whole, but not written as the statement prints it.
    [GeneratedRegex(@"^(?<whole>-?[1-9][0-9]*|0)[.,]0+$")]
    private static partial Regex WholeWithZeroFraction();

    // 578.4, .5, -0.5, 6,5, 6.114,5 (a Dutch decimal comma after thousands dots), 1.234.567,89.
    [GeneratedRegex(@"^-?[0-9., \u00A0\u202F]*[.,][0-9]*$")]
    private static partial Regex Fraction();
}
