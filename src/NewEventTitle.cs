using System.Globalization;
using System.Text;

namespace Generator;

/// <summary>The rule for <c>new event --title</c>: one line of readable text, not empty, at most <see cref="MaxLength"/> characters.</summary>
public static class NewEventTitle
{
    /// <summary>The longest heading <c>new event</c> writes, in characters (UTF-16 code units) after trimming.</summary>
    public const int MaxLength = Text.TextLimits.Title;

    /// <summary>Why <paramref name="title"/> cannot be an event's heading, in words for an editor, or null when it can.</summary>
    public static string? Problem(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
        {
            return "--title is empty: give the event's heading, like --title \"Samenvoeging IND-loketten\".";
        }

        var position = 0;
        foreach (var rune in trimmed.EnumerateRunes())
        {
            position++;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                || (category == UnicodeCategory.Format && rune.Value is not (0x200D or 0xAD)))
            {
                return $"--title holds an invisible or control character (U+{rune.Value:X4}, such as a line break or tab) at character {position}: "
                    + "a heading is one line of visible text. Type it again without it.";
            }
        }

        return Text.TextLimits.Problem("title", trimmed, "--title");
    }
}
