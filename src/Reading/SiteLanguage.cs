using System.Text.RegularExpressions;

namespace Generator.Reading;

/// <summary>
/// The rule for <c>language</c> in site.yml, in one place. The theme's words (month names, labels, dates and amounts)
/// are Dutch only, so the language is Dutch: <c>nl</c>, or <c>nl</c> with a region as a BCP 47 tag (<c>nl-NL</c>,
/// <c>nl-BE</c>, <c>nl-SR</c>). The tag goes to <c>&lt;html lang&gt;</c> and the feed's <c>xml:lang</c>, and the
/// Open Graph locale (<c>og:locale</c>) is made from it: <c>nl_NL</c> for plain <c>nl</c>, else <c>nl_BE</c> and so on.
/// </summary>
public static partial class SiteLanguage
{
    /// <summary>The language when site.yml names none.</summary>
    public const string Default = "nl";

    /// <summary>Null when <paramref name="tag"/> is a Dutch BCP 47 tag as this rule allows; else what is wrong and how to fix it.</summary>
    public static string? Problem(string tag) =>
        DutchTag().IsMatch(tag)
            ? null
            : $"'language' must be Dutch, written as a language tag: nl, or nl with a country such as nl-NL or nl-BE (the "
              + $"theme's words, month names and amounts are Dutch only), not '{tag}'. Write language: nl, or remove the line.";

    /// <summary>The Open Graph locale of a tag that passed <see cref="Problem"/>: <c>nl</c> gives <c>nl_NL</c>, <c>nl-BE</c> gives <c>nl_BE</c>.</summary>
    public static string Locale(string tag) => tag.Length > 2 ? "nl_" + tag[3..] : "nl_NL";

    [GeneratedRegex("^nl(-[A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchTag();
}
