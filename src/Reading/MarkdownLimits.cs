using System.Buffers;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// Bounds the work a Markdown body can ask of Markdig, checked in one linear pass before it is ever parsed. Markdig
/// takes time that grows with the square of the input for some hostile patterns: a line of 200,000 <c>- </c> list
/// markers took 28 s, 1 MB of unclosed links <c>[a](</c> more than a minute (99,000 characters of them 15 s), 1 MB of
/// <c>*a</c> in short paragraphs 25 s. Five limits bound the whole family: containers (block quotes, list items) opened
/// on one line, and '[' or '(' open at once in a paragraph (<see cref="MaxNesting"/>); the length of a paragraph, the
/// unit Markdig parses links, emphasis and code spans in, and the emphasis marks in it; and the length of a word, which
/// an unclosed link's address is scanned to the end of. Real text stays far below all of them; nothing is ever cut off.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Block quotes and list items that one line may open inside each other.</summary>
    public const int MaxNesting = 32;

    /// <summary>Characters in one paragraph (lines without an empty line between them), line ends included.</summary>
    public const int MaxParagraphLength = 20_000;

    /// <summary>
    /// Emphasis marks ('*', '_', '~', '^', '=', '+') in one paragraph: Markdig pairs them in time that grows with the
    /// square of their number (1 MB of <c>*a</c> in short paragraphs took 25 s).
    /// </summary>
    public const int MaxEmphasisMarks = 500;

    /// <summary>Characters in one word (a run without spaces), such as a link's address.</summary>
    public const int MaxWordLength = 1_000;

    /// <summary>What <see cref="CountEmphasisMarks"/> stops at: the emphasis marks and the backslash that escapes one.</summary>
    private static readonly SearchValues<char> EmphasisOrEscape = SearchValues.Create("\\*_~^=+");

    /// <summary>What <see cref="TooManyOpenBracketsAt"/> stops at: the brackets and the backslash that escapes one.</summary>
    private static readonly SearchValues<char> BracketOrEscape = SearchValues.Create("\\[]()");

    /// <summary>
    /// Every character that <see cref="char.IsWhiteSpace(char)"/> takes for a space, which ends a word: written out rather
    /// than found by asking for each of the 65,536 characters at every start (a test compares the two).
    /// </summary>
    internal static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>
    /// Reports <see cref="DiagnosticCodes.NestedTooDeep"/> at the first marker or bracket beyond <see cref="MaxNesting"/>,
    /// <see cref="DiagnosticCodes.ParagraphTooLong"/> at the start of the first paragraph longer than
    /// <see cref="MaxParagraphLength"/> or with more than <see cref="MaxEmphasisMarks"/>, and
    /// <see cref="DiagnosticCodes.WordTooLong"/> at the start of the first word longer than <see cref="MaxWordLength"/>:
    /// each code once per text, all in the same pass.
    /// </summary>
    /// <param name="bodyFirstLine">The 1-based line of the file that the body starts on.</param>
    /// <returns>True when the body is within every limit and may be parsed.</returns>
    public static bool Check(string body, string displayPath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var nestingReported = false;
        var paragraphReported = false;
        var wordReported = false;
        var paragraphStart = -1;
        var paragraphLength = 0;
        var openBrackets = 0;
        var openParentheses = 0;
        var emphasisMarks = 0;
        var line = 0;
        for (var start = 0; start <= body.Length; line++)
        {
            var end = body.IndexOf('\n', start);
            var text = body.AsSpan(start, (end < 0 ? body.Length : end) - start);
            if (text.IsWhiteSpace())
            {
                paragraphStart = -1;
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = line;
                    paragraphLength = 0;
                    openBrackets = 0;
                    openParentheses = 0;
                    emphasisMarks = 0;
                }

                paragraphLength += text.Length + 1;
                if (!paragraphReported && paragraphLength > MaxParagraphLength)
                {
                    paragraphReported = true;
                    diagnostics.Error(DiagnosticCodes.ParagraphTooLong, new SourceLocation(displayPath, bodyFirstLine + paragraphStart, 1),
                        $"This paragraph is longer than {MaxParagraphLength:N0} characters (by line {bodyFirstLine + line}), more than any real text needs and too long to read in reasonable time. Put an empty line between paragraphs.");
                }

                if (!paragraphReported && (emphasisMarks += CountEmphasisMarks(text)) > MaxEmphasisMarks)
                {
                    paragraphReported = true;
                    diagnostics.Error(DiagnosticCodes.ParagraphTooLong, new SourceLocation(displayPath, bodyFirstLine + paragraphStart, 1),
                        $"This paragraph has more than {MaxEmphasisMarks} emphasis marks ('*', '_', '~', '^', '=', '+') by line {bodyFirstLine + line}, more than any real text needs and too many to read in reasonable time. Put an empty line between paragraphs, or a backslash before a mark meant as it is ('\\*').");
                }

                if (!wordReported && LongWordAt(text) is var wordAt and >= 0)
                {
                    wordReported = true;
                    diagnostics.Error(DiagnosticCodes.WordTooLong, new SourceLocation(displayPath, bodyFirstLine + line, wordAt + 1),
                        $"This word (characters without a space, such as a link's address) is longer than {MaxWordLength:N0} characters, more than any real text or address needs and too long to read in reasonable time. Shorten it, or put spaces in it.");
                }

                if (!nestingReported && TooDeepAt(text) is var column and >= 0)
                {
                    nestingReported = true;
                    diagnostics.Error(DiagnosticCodes.NestedTooDeep, new SourceLocation(displayPath, bodyFirstLine + line, column + 1),
                        $"This line puts more than {MaxNesting} block quotes or list items inside each other ('>', '-', '*', '+' or '1.' repeated). Remove the repeated markers; to show them as they are, put a backslash before the first ('\\-').");
                }

                if (!nestingReported && TooManyOpenBracketsAt(text, ref openBrackets, ref openParentheses) is var bracket and >= 0)
                {
                    nestingReported = true;
                    diagnostics.Error(DiagnosticCodes.NestedTooDeep, new SourceLocation(displayPath, bodyFirstLine + line, bracket + 1),
                        $"This paragraph has more than {MaxNesting} '[' or '(' open at once (a link is written [text](address)). Close each '[' with a ']' and each '(' with a ')', or put a backslash before one that is meant as it is ('\\[').");
                }
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return !nestingReported && !paragraphReported && !wordReported;
    }

    /// <summary>
    /// Counts the '[' and the '(' still open in this paragraph after <paramref name="line"/> (a backslash escapes one),
    /// and gives the 0-based index of the first one beyond <see cref="MaxNesting"/> of its kind on this line, or -1.
    /// </summary>
    private static int TooManyOpenBracketsAt(ReadOnlySpan<char> line, ref int openBrackets, ref int openParentheses)
    {
        // Only the brackets and backslashes are looked at: the text between them is skipped in one vectorised search.
        for (var i = line.IndexOfAny(BracketOrEscape); i >= 0; i = Next(line, i + 1, BracketOrEscape))
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when ++openBrackets > MaxNesting:
                case '(' when ++openParentheses > MaxNesting:
                    return i;
                case ']' when openBrackets > 0:
                    openBrackets--;
                    break;
                case ')' when openParentheses > 0:
                    openParentheses--;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The index of the first of <paramref name="values"/> in <paramref name="line"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int Next(ReadOnlySpan<char> line, int start, SearchValues<char> values)
    {
        if (start >= line.Length)
        {
            return -1;
        }

        var at = line[start..].IndexOfAny(values);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The unescaped emphasis marks on this line.</summary>
    private static int CountEmphasisMarks(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = line.IndexOfAny(EmphasisOrEscape); i >= 0; i = Next(line, i + 1, EmphasisOrEscape))
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The 0-based index where the first word longer than <see cref="MaxWordLength"/> on this line starts, or -1.</summary>
    private static int LongWordAt(ReadOnlySpan<char> line)
    {
        // From space to space in vectorised searches; a line no longer than a word can hold no word too long.
        for (var wordStart = 0; line.Length - wordStart > MaxWordLength;)
        {
            var length = line[wordStart..].IndexOfAny(WhiteSpace);
            if (length < 0 || length > MaxWordLength)
            {
                return wordStart; // the rest of the line, longer than a word may be, or a word as long
            }

            wordStart += length + 1;
        }

        return -1;
    }

    /// <summary>The 0-based index of the container marker beyond <see cref="MaxNesting"/> on this line, or -1.</summary>
    private static int TooDeepAt(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var at = 0;
        while (true)
        {
            while (at < line.Length && (line[at] == ' ' || line[at] == '\t'))
            {
                at++;
            }

            var marker = MarkerLength(line[at..]);
            if (marker == 0)
            {
                return -1;
            }

            if (++depth > MaxNesting)
            {
                return IsThematicBreak(line) ? -1 : at;
            }

            at += marker;
        }
    }

    /// <summary>The length of a block-quote or list-item marker at the start of <paramref name="rest"/>, or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return 0;
        }

        if (rest[0] == '>')
        {
            return 1;
        }

        var digits = 0;
        while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        var length = digits is > 0 and < 10 && digits < rest.Length && rest[digits] is '.' or ')' ? digits + 1
            : digits == 0 && rest[0] is '-' or '*' or '+' ? 1
            : 0;
        return length > 0 && (length == rest.Length || rest[length] is ' ' or '\t' or '\r') ? length : 0;
    }

    /// <summary>A line of one of '-', '*', '_' and spaces only is a horizontal rule, however many there are.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed[0] is '-' or '*' or '_' && !trimmed.ContainsAnyExcept(trimmed[0], ' ', '\t');
    }
}
