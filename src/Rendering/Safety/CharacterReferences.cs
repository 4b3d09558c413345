using System.Globalization;
using System.Net;
using System.Text;

namespace Generator.Rendering.Safety;

/// <summary>
/// Decodes an HTML attribute value as a browser does (HTML Standard, "character reference state"): numeric references
/// with or without the closing ';' (<c>&amp;#106</c>, <c>&amp;#x6A;</c>), including the windows-1252 remapping of
/// 0x80–0x9F, and named references with ';'. A named reference it does not know (HTML has over 2,000) is left as it
/// is and its position reported, so a caller can refuse what it cannot be sure of instead of guessing.
/// </summary>
public static class CharacterReferences
{
    // HTML5 names that matter for addresses and that .NET's HTML 4 table lacks ("javascript&colon;").
    private static readonly Dictionary<string, string> Html5Names = new(StringComparer.Ordinal)
    {
        ["colon"] = ":",
        ["Tab"] = "\t",
        ["NewLine"] = "\n",
        ["lpar"] = "(",
        ["rpar"] = ")",
        ["sol"] = "/",
        ["bsol"] = "\\",
        ["period"] = ".",
        ["excl"] = "!",
        ["quest"] = "?",
        ["num"] = "#",
        ["semi"] = ";",
        ["comma"] = ",",
        ["equals"] = "=",
        ["plus"] = "+",
        ["lowbar"] = "_",
        ["apos"] = "'",
        ["grave"] = "`",
        ["lsqb"] = "[",
        ["rsqb"] = "]",
        ["lcub"] = "{",
        ["rcub"] = "}",
        ["ast"] = "*",
        ["dollar"] = "$",
        ["percnt"] = "%",
        ["commat"] = "@",
        ["Hat"] = "^",
        ["verbar"] = "|",
        ["vert"] = "|",
        ["quot"] = "\"",
        ["QUOT"] = "\"",
        ["amp"] = "&",
        ["AMP"] = "&",
        ["lt"] = "<",
        ["LT"] = "<",
        ["gt"] = ">",
        ["GT"] = ">",
    };

    // The HTML Standard's table for numeric references to 0x80–0x9F, which browsers read as windows-1252.
    private static readonly int[] Windows1252 =
    [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];

    /// <summary>
    /// The decoded value, and the index in it of the first '&amp;' that starts what may be a named reference this
    /// table does not know (-1 when there is none).
    /// </summary>
    public static (string Value, int FirstUnknown) DecodeAttribute(string raw)
    {
        var amp = raw.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0)
        {
            return (raw, -1);
        }

        var text = new StringBuilder(raw.Length);
        text.Append(raw, 0, amp);
        var firstUnknown = -1;
        var i = amp;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c != '&')
            {
                text.Append(c);
                i++;
                continue;
            }

            var next = i + 1 < raw.Length ? raw[i + 1] : '\0';
            if (next == '#')
            {
                i = DecodeNumeric(raw, i, text);
            }
            else if (char.IsAsciiLetterOrDigit(next))
            {
                var end = i + 1;
                while (end < raw.Length && char.IsAsciiLetterOrDigit(raw[end]))
                {
                    end++;
                }

                var name = raw[(i + 1)..end];
                if (end < raw.Length && raw[end] == ';' && Named(name) is { } value)
                {
                    text.Append(value);
                    i = end + 1;
                }
                else
                {
                    if (firstUnknown < 0)
                    {
                        firstUnknown = text.Length;
                    }

                    text.Append('&');
                    i++;
                }
            }
            else
            {
                text.Append('&');
                i++;
            }
        }

        return (text.ToString(), firstUnknown);
    }

    private static string? Named(string name)
    {
        if (Html5Names.TryGetValue(name, out var value))
        {
            return value;
        }

        var reference = "&" + name + ";";
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : decoded;
    }

    private static int DecodeNumeric(string raw, int amp, StringBuilder text)
    {
        var i = amp + 2;
        var hex = i < raw.Length && raw[i] is 'x' or 'X';
        if (hex)
        {
            i++;
        }

        var start = i;
        while (i < raw.Length && (hex ? char.IsAsciiHexDigit(raw[i]) : char.IsAsciiDigit(raw[i])))
        {
            i++;
        }

        if (i == start)
        {
            // "&#" or "&#x" without digits is no reference: the characters stay as they are.
            text.Append(raw, amp, i - amp);
            return i;
        }

        var digits = raw.AsSpan(start, i - start).TrimStart('0');
        var code = digits.Length > 8 ? int.MaxValue
            : digits.Length == 0 ? 0
            : (int)Math.Min(int.MaxValue, long.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture));
        if (code is >= 0x80 and <= 0x9F)
        {
            code = Windows1252[code - 0x80];
        }

        if (code == 0 || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            code = 0xFFFD;
        }

        text.Append(char.ConvertFromUtf32(code));
        return i < raw.Length && raw[i] == ';' ? i + 1 : i;
    }
}
