using System.Globalization;
using System.Text;
using AnyAscii;

namespace Generator.Text;

/// <summary>
/// The one rule that turns a title into an address: every letter and digit is written in ASCII (accents folded,
/// "Łódź" → "lodz", "ß" → "ss", "Київ" → "kiiv", "Αθήνα" → "athina", by the AnyAscii transliteration tables), in lower
/// case; apostrophes are dropped ("collega’s" → "collegas"); every other run of punctuation, symbols or space becomes one
/// hyphen. The README shows a table of examples.
/// </summary>
public static class Slug
{
    /// <summary>Long enough for any real title; a path segment must stay well under the file system's limit.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// The slug of <paramref name="title"/>: only <c>a-z</c>, <c>0-9</c> and single hyphens between them, at most
    /// <see cref="MaxLength"/> characters; empty when the title has no letters or digits. Never throws.
    /// </summary>
    public static string From(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;

        // Composed first, so that a title typed as "e" plus a combining accent (as macOS stores it) gives the same slug.
        foreach (var rune in Composed(title).EnumerateRunes())
        {
            if (rune.Value is '\'' or '’' or '‘' or 'ʼ')
            {
                continue;
            }

            // Only letters, marks and digits are transliterated: a symbol ("€", an emoji) separates words like punctuation.
            var ascii = IsWordPart(rune) ? rune.ToString().Transliterate() : " ";
            foreach (var raw in ascii)
            {
                var c = char.ToLowerInvariant(raw);
                if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingHyphen && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    builder.Append(c);
                    pendingHyphen = false;
                }
                else if (c is not '\'')
                {
                    pendingHyphen = true;
                }
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        // Cut at a word boundary where there is one.
        var slug = builder.ToString(0, MaxLength);
        var lastHyphen = slug.LastIndexOf('-');
        return lastHyphen > MaxLength / 2 ? slug[..lastHyphen] : slug;
    }

    /// <summary>True when <paramref name="text"/> is a valid slug as written by hand (a <c>slug:</c> key, <c>--slug</c>).</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= MaxLength
        && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !text.StartsWith('-') && !text.EndsWith('-')
        && !text.Contains("--", StringComparison.Ordinal);

    /// <summary>What a hand-written slug must look like, for error messages.</summary>
    public const string Rule = "only lower-case letters a-z, digits 0-9 and single hyphens between them, at most 80 characters";

    /// <summary>The NFC form; a text that normalisation refuses (U+FFFE, which the readers report) is taken as it is.</summary>
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => true,
        _ => false,
    };
}
