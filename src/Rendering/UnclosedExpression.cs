using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>
/// The one rule for a '{{' that no '}}' closes, in Markdown content and in theme templates alike. Scriban reads
/// everything after such a '{{' as code (a '}}' inside a string or after another '{{' does not close it), and then
/// reports whatever that code happens to break, or nothing at all; this names the '{{' itself instead, once. A '}}'
/// with no '{{' before it is text and is shown as written.
/// </summary>
public static class UnclosedExpression
{
    /// <summary>
    /// The first '{{' that is never closed: its 0-based position in <paramref name="text"/> and what is wrong with it,
    /// in words that end where the caller adds how to write '{{' as text. Null when every '{{' is closed.
    /// </summary>
    public static (TextPosition Start, string Problem)? Find(string text)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        Token? open = null;
        Token? previous = null;
        (TextPosition Start, string Problem)? nested = null;
        foreach (var token in new Lexer(text))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                    open = token;
                    nested = null;
                    break;
                case TokenType.CodeExit:
                    if (nested is not null)
                    {
                        return nested;
                    }

                    open = null;
                    break;
                case TokenType.OpenBrace when open is { } outer && nested is null && previous is { Type: TokenType.OpenBrace } first
                    && first.End.Offset + 1 == token.Start.Offset:
                    nested = (outer.Start, "This '{{' is never closed: another '{{' follows it before any '}}', and one expression cannot "
                        + "hold another. Close it with '}}' before the next '{{'");
                    break;
            }

            previous = token;
        }

        return open is { } unclosed
            ? nested ?? (unclosed.Start, "This '{{' is never closed. Close it with '}}'")
            : null;
    }
}
