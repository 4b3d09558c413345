using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Reading;

/// <summary>
/// Where a character of a YAML scalar's value is written in the YAML text, for a diagnostic that points inside a value
/// (a year in a caption): the one mapping from the parsed value back to the file, for every scalar style. Escapes
/// (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>, <c>\x41</c>, <c>\u00EB</c>, <c>\U0001F600</c>, an escaped line break) in a
/// double-quoted value, <c>''</c> in a single-quoted one, the folding of a plain or quoted value over several lines, and
/// the indentation and header of a literal (<c>|</c>) or folded (<c>&gt;</c>) block are each walked as YAML reads them.
/// </summary>
public static class ScalarSource
{
    /// <summary>
    /// The 1-based line and column, in <paramref name="yaml"/> (the text the scalar was parsed from), of the character at
    /// <paramref name="index"/> (0-based, UTF-16) of <paramref name="scalar"/>'s value; null when the text does not match the
    /// value (the scalar comes from another text, or the walk meets something it does not know), so the caller can point at
    /// the value's start instead.
    /// </summary>
    public static (int Line, int Column)? Locate(string yaml, YamlScalarNode scalar, int index)
    {
        var value = scalar.Value;
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        if (value is null || index < 0 || index >= value.Length || start < 0 || end > yaml.Length || start >= end)
        {
            return null;
        }

        var offset = Offsets(yaml, start, end, scalar.Style, value, index);
        return offset is { } at ? LineAndColumn(yaml, scalar.Start, start, at) : null;
    }

    /// <summary>The offset in <paramref name="yaml"/> of the character that makes value[<paramref name="index"/>].</summary>
    private static int? Offsets(string yaml, int start, int end, ScalarStyle style, string value, int index)
    {
        var raw = SkipProperties(yaml, start, end);
        var quoted = style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        if (quoted)
        {
            if (raw >= end || yaml[raw] is not ('"' or '\''))
            {
                return null;
            }

            raw++;
            end--; // the closing quote
        }
        else if (style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // The header ('|', '>-', '|2', a comment) ends at its line break; the content starts on the next line.
            while (raw < end && yaml[raw] is not ('\n' or '\r'))
            {
                raw++;
            }
        }

        var v = 0;
        while (raw < end && v <= index)
        {
            var c = yaml[raw];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                var runEnd = raw;
                var hasBreak = false;
                while (runEnd < end && yaml[runEnd] is ' ' or '\t' or '\n' or '\r')
                {
                    hasBreak |= yaml[runEnd] is '\n' or '\r';
                    runEnd++;
                }

                if (!hasBreak)
                {
                    // Spaces within a line are kept as written.
                    for (var i = raw; i < runEnd; i++, v++)
                    {
                        if (v >= value.Length || value[v] != yaml[i])
                        {
                            return null;
                        }

                        if (v == index)
                        {
                            return i;
                        }
                    }
                }
                else
                {
                    // A line break with the indentation around it folds to a space, to line breaks, or (in a block) to
                    // the breaks and the spaces beyond the indentation: it makes only white space, and never the character
                    // sought, which stands in the text; the value's white space here is all made by it.
                    while (v < value.Length && value[v] is ' ' or '\t' or '\n')
                    {
                        if (v == index)
                        {
                            return runEnd < end ? runEnd : null;
                        }

                        v++;
                    }
                }

                raw = runEnd;
                continue;
            }

            var (made, length) = Made(yaml, raw, end, style);
            if (made is null)
            {
                return null;
            }

            if (length > 0 && made.Length == 0 && style == ScalarStyle.DoubleQuoted)
            {
                // An escaped line break joins the lines without a space; the next line's indentation is not part of the value.
                raw += length;
                while (raw < end && yaml[raw] is ' ' or '\t')
                {
                    raw++;
                }

                continue;
            }

            if (v + made.Length > value.Length || string.CompareOrdinal(value, v, made, 0, made.Length) != 0)
            {
                return null;
            }

            if (index < v + made.Length)
            {
                return raw;
            }

            v += made.Length;
            raw += length;
        }

        return null;
    }

    /// <summary>Past an anchor (<c>&amp;a</c>) or tag (<c>!!str</c>) before the value, and the space after it.</summary>
    private static int SkipProperties(string yaml, int at, int end)
    {
        while (at < end && yaml[at] is '&' or '!')
        {
            while (at < end && yaml[at] is not (' ' or '\t' or '\n' or '\r'))
            {
                at++;
            }

            while (at < end && yaml[at] is ' ' or '\t' or '\n' or '\r')
            {
                at++;
            }
        }

        return at;
    }

    /// <summary>What the text at <paramref name="at"/> makes in the value, and how many characters it takes; null when unknown.</summary>
    private static (string? Made, int Length) Made(string yaml, int at, int end, ScalarStyle style)
    {
        var c = yaml[at];
        if (style == ScalarStyle.SingleQuoted && c == '\'' && at + 1 < end && yaml[at + 1] == '\'')
        {
            return ("'", 2);
        }

        if (style != ScalarStyle.DoubleQuoted || c != '\\')
        {
            return (char.IsHighSurrogate(c) && at + 1 < end ? yaml.Substring(at, 2) : c.ToString(), char.IsHighSurrogate(c) && at + 1 < end ? 2 : 1);
        }

        if (at + 1 >= end)
        {
            return (null, 0);
        }

        var e = yaml[at + 1];
        var simple = e switch
        {
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001B",
            ' ' => " ",
            '"' => "\"",
            '/' => "/",
            '\\' => "\\",
            'N' => "\u0085",
            '_' => "\u00A0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => null,
        };
        if (simple is not null)
        {
            return (simple, 2);
        }

        if (e is '\n' or '\r')
        {
            return ("", e == '\r' && at + 2 < end && yaml[at + 2] == '\n' ? 3 : 2);
        }

        var digits = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || at + 2 + digits > end
            || !int.TryParse(yaml.AsSpan(at + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return (null, 0);
        }

        return (char.ConvertFromUtf32(code), 2 + digits);
    }

    /// <summary>The line and column of <paramref name="offset"/>, counted from the scalar's start mark.</summary>
    private static (int Line, int Column) LineAndColumn(string yaml, Mark startMark, int start, int offset)
    {
        var line = (int)startMark.Line;
        var column = (int)startMark.Column;
        for (var i = start; i < offset; i++)
        {
            if (yaml[i] == '\n' || (yaml[i] == '\r' && (i + 1 >= yaml.Length || yaml[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (yaml[i] != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }
}
