using System.Buffers;
using System.Globalization;

namespace Generator.Text;

/// <summary>
/// The one rule for characters that may not appear in any text or value: the C0 controls except tab and the line
/// ends (U+0000–U+001F without U+0009, U+000A, U+000D), DEL and the C1 controls (U+007F–U+009F), and the noncharacters
/// U+FFFE and U+FFFF. They are invisible in an editor and make the feed and sitemap invalid XML.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The C0 controls that <see cref="IsForbidden"/> refuses: all ASCII, so searched for with vector instructions.</summary>
    private static readonly SearchValues<char> ForbiddenC0 = SearchValues.Create(
        [.. Enumerable.Range(0, ' ').Select(c => (char)c).Where(IsForbidden)]);

    /// <summary>True for a character that must not reach the output.</summary>
    public static bool IsForbidden(char c) =>
        c is (< ' ' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF';

    /// <summary>The index of the first forbidden character in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(string text, int start = 0)
    {
        // Three vectorised searches, one per kind of <see cref="IsForbidden"/>, each only up to what the last one found: one
        // search for all of them would be one character at a time through any text that is not ASCII.
        var rest = text.AsSpan(start);
        var at = rest.IndexOfAny(ForbiddenC0);
        var before = at < 0 ? rest : rest[..at];
        if (before.IndexOfAnyInRange('\u007F', '\u009F') is var c1 and >= 0)
        {
            at = c1;
            before = before[..c1];
        }

        if (before.IndexOfAnyInRange('\uFFFE', '\uFFFF') is var noncharacter and >= 0)
        {
            at = noncharacter;
        }

        return at < 0 ? -1 : start + at;
    }

    /// <summary>How an editor would name the character: "U+000B (vertical tab)".</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var name = c switch
        {
            '\0' => "NUL",
            '\b' => "backspace",
            '\v' => "vertical tab",
            '\f' => "form feed",
            '\u001B' => "escape",
            '\u007F' => "delete",
            '\u0085' => "next line",
            '\uFFFE' or '\uFFFF' => "not a character",
            _ => "control character",
        };
        return $"{code} ({name})";
    }
}
