using System.Globalization;
using System.Text;

namespace Generator;

/// <summary>The rule for <c>new event --title</c>: one line of readable text, not empty, at most <see cref="MaxLength"/> characters.</summary>
public static class NewEventTitle
{
    /// <summary>The longest heading <c>new event</c> writes, in characters (UTF-16 code units) after trimming.</summary>
    public const int MaxLength = Text.TextLimits.Title;

    /// <summary>Characters shown as nothing that are not of the format category: the combining grapheme joiner, the Hangul
    /// fillers, the variation selectors and the Mongolian ones (Unicode's default-ignorable code points).</summary>
    private static bool IsInvisible(int c) =>
        c is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or (>= 0x180B and <= 0x180F) or 0x3164 or 0xFFA0
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>How an editor names the character: its code, and its name for the common ones.</summary>
    private static string Name(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        var name = rune.Value switch
        {
            '\t' => "tab",
            '\n' or '\r' => "line break",
            0x00AD => "soft hyphen",
            0x200B => "zero-width space",
            0x200C => "zero-width non-joiner",
            0x200D => "zero-width joiner",
            0x200E or 0x200F => "direction mark",
            >= 0x202A and <= 0x202E => "direction override",
            0x2060 => "word joiner",
            0xFEFF => "byte order mark",
            >= 0xFE00 and <= 0xFE0F => "variation selector",
            0x2028 => "line separator",
            0x2029 => "paragraph separator",
            _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control ? "control character" : null,
        };
        return name is null ? code : $"{code} ({name})";
    }

    /// <summary>Why <paramref name="title"/> cannot be an event's heading, in words for an editor, or null when it can.</summary>
    public static string? Problem(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length == 0)
        {
            return "--title is empty: give the event's heading, like --title \"Samenvoeging IND-loketten\".";
        }

        var position = 0;
        var afterSymbol = false;
        foreach (var rune in trimmed.EnumerateRunes())
        {
            position++;
            var category = Rune.GetUnicodeCategory(rune);
            // A joiner or variation selector is part of an emoji (❤️, 👩‍💻) right after one; anywhere else it is invisible.
            var joinsEmoji = afterSymbol && rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F);
            if (!joinsEmoji && (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Format
                || IsInvisible(rune.Value)))
            {
                return $"--title holds the character {Name(rune)} at character {position}, which a heading cannot show: a heading is one line of visible text. "
                    + "Type the title again without it" + (rune.Value == 0xAD ? " (a browser breaks a long word at the end of a line by itself)." : ".");
            }

            afterSymbol = category == UnicodeCategory.OtherSymbol || (afterSymbol && joinsEmoji);
        }

        return Text.TextLimits.Problem("title", trimmed, "--title");
    }
}
