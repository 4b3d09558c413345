using Generator.Diagnostics;
using Markdig;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Evaluates the <c>{{ … }}</c> expressions in the prose of a Markdown text over the report's data, so prose and table
/// cannot disagree. Code spans, code blocks and HTML comments are literal text and left exactly as written. Every
/// problem is reported at its line and column in the Markdown file.
/// </summary>
public static partial class ContentExpressions
{
    /// <summary>How to write '{{' as text, named in every message about expressions.</summary>
    public const string LiteralBraces = "To show '{{' as text, write {{ \"{{\" }} or put it in `code`.";

    private const string Example = "Expressions look like {{ finance.income.total | euro_millions }}.";

    /// <summary>The text with every expression in prose replaced by its result, or null after reporting why not.</summary>
    /// <param name="bodyFirstLine">The file line (1-based) that <paramref name="body"/> starts on.</param>
    /// <param name="pipeline">The pipeline the text is rendered with, so code is recognised as it will be shown.</param>
    public static string? Evaluate(string path, string body, int bodyFirstLine, ScriptObject globals, MarkdownPipeline pipeline, DiagnosticBag diagnostics) =>
        Expand(path, body, bodyFirstLine, globals, pipeline, diagnostics) is { Failed: false } expanded ? expanded.Text : null;

    /// <summary>
    /// As <see cref="Evaluate"/>, with the way back from each character of the result to the body it came from. Never
    /// null: after an error (reported at its place) every other expression is still evaluated, a failed one writes
    /// nothing and a stretch of prose that cannot be parsed is kept as written, so that the rest of the text can still be
    /// checked; <see cref="ExpandedText.Failed"/> then says that the text must not be published.
    /// </summary>
    public static ExpandedText Expand(string path, string body, int bodyFirstLine, ScriptObject globals, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var context = new ContentTemplateContext();
        context.PushGlobal(globals);
        var result = new System.Text.StringBuilder(body.Length);
        var pieces = new List<ExpandedText.Piece>();
        var ok = true;
        var position = 0;
        foreach (var (start, length) in LiteralRegions.Find(body, pipeline).Append((body.Length, 0)))
        {
            ok &= EvaluateProse(path, body, position, start, bodyFirstLine, context, result, pieces, diagnostics);
            pieces.Add(new ExpandedText.Piece(result.Length, start, Verbatim: true));
            result.Append(body, start, length);
            position = start + length;
        }

        return new ExpandedText(result.ToString(), body, pieces) { Failed = !ok };
    }

    /// <summary>Evaluates body[from..to], a stretch of prose, and appends the result; false after an error in it.</summary>
    private static bool EvaluateProse(string path, string body, int from, int to, int bodyFirstLine, ContentTemplateContext context,
        System.Text.StringBuilder result, List<ExpandedText.Piece> pieces, DiagnosticBag diagnostics)
    {
        var prose = body[from..to];
        if (!prose.Contains("{{", StringComparison.Ordinal))
        {
            AppendAsWritten();
            return true;
        }

        // Positions from Scriban are 0-based within the prose; the prose starts at this line and column of the body.
        var line = body.AsSpan(0, from).Count('\n');
        var column = from == 0 ? 0 : from - (body.LastIndexOf('\n', from - 1) + 1);

        SourceLocation Locate(SourceSpan span) => new(path,
            bodyFirstLine + line + span.Start.Line,
            (span.Start.Line == 0 ? column : 0) + span.Start.Column + 1);

        if (UnclosedExpression.Find(prose) is var (start, problem))
        {
            diagnostics.Error(DiagnosticCodes.ContentExpressionSyntax, Locate(new SourceSpan(path, start, start)),
                $"{problem}, or write it as text with {{{{ \"{{{{\" }}}} or in `code`.");
            AppendAsWritten();
            return false;
        }

        var template = Template.Parse(prose, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.ContentExpressionSyntax, Locate(message.Span),
                    $"The expression cannot be read: {message.Message.TrimEnd('.')}. {Example} {LiteralBraces}");
            }

            AppendAsWritten();
            return false;
        }

        if (EmptyExpressions(prose).ToList() is { Count: > 0 } empty)
        {
            foreach (var span in empty)
            {
                diagnostics.Error(DiagnosticCodes.ContentExpressionSyntax, Locate(span),
                    $"'{{{{ }}}}' holds no expression and would write nothing. {Example} {LiteralBraces}");
            }

            AppendAsWritten();
            return false;
        }

        context.BareNumbers.Clear();
        context.Pieces.Clear();
        context.Failures.Clear();
        var at = result.Length;
        try
        {
            result.Append(template.Render(context));
            pieces.AddRange(context.Pieces.Select(p => p with { At = at + p.At, From = from + p.From }));
        }
        catch (Exception e) when (ContentTemplateContext.IsExpressionFailure(e))
        {
            // Outside any one expression (a loop run too often): the stretch is kept as written, for the text's other checks.
            context.Failures.Add((e is ScriptRuntimeException runtime ? runtime.Span : context.CurrentExpression ?? default, e));
            AppendAsWritten();
        }

        foreach (var (span, error) in context.Failures)
        {
            diagnostics.Error(DiagnosticCodes.ContentExpressionRuntime, Locate(span), Explain(error));
        }

        foreach (var (span, text) in context.BareNumbers)
        {
            diagnostics.Warning(DiagnosticCodes.ContentBareNumber, Locate(span),
                $"'{{{{ {prose[span.Start.Offset..Math.Min(prose.Length, span.End.Offset + 1)].Trim()} }}}}' writes the bare number {text}, not written the Dutch way "
                + "(a thousands dot, a decimal comma), so a reader may misread it. Format it: '| format_number' for a number (4.558, 578,4), '| euro_millions' for an amount in euros (€ 578,4 miljoen).");
        }

        return context.Failures.Count == 0;

        void AppendAsWritten()
        {
            pieces.Add(new ExpandedText.Piece(result.Length, from, Verbatim: true));
            result.Append(prose);
        }
    }

    /// <summary>The message of a failed expression, in words an editor understands.</summary>
    private static string Explain(Exception e) => e is ScriptRuntimeException runtime
        ? $"The expression failed: {Explain(runtime.OriginalMessage)}. The text can use 'site' and 'finance' (income, expenses, saldo, lines, memo, and previous for the previous year) with the functions format_amount, format_number, euro_millions, euro, format_change and format_change_percent. {LiteralBraces}"
        // A conversion a function's argument cannot survive, such as format_number of a number beyond decimal.
        : $"The expression failed: {e.Message.TrimEnd('.')}. Check the figures and the expression. {LiteralBraces}";

    // Scriban's own words here name its internal types (`bigint`, `decimal`), which mean nothing to an editor.
    // A function given too few values is most often one whose value after it is negative: Scriban reads
    // '-5 | format_change -10' as '(-5 | format_change) - 10', a subtraction.
    private static string Explain(string message) =>
        message.StartsWith("Unable to convert type", StringComparison.Ordinal)
            ? "the value is not a number the function can format: a number written in the text can be at most 9223372036854775807 "
              + "(nineteen digits; 1e19, 1e20 or 100000000000000000000 are too large), and a division by zero has no value"
            : ArgumentCount().Match(message) is { Success: true } count
                ? $"'{count.Groups["name"].Value}' needs {Values(int.Parse(count.Groups["expected"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)} after it "
                  + $"(like '| format_change finance.previous.saldo') but got {Values(int.Parse(count.Groups["given"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)}. "
                  + $"A negative number after a function is read as a subtraction: write it in brackets, '| {count.Groups["name"].Value} (-10)' rather than '| {count.Groups["name"].Value} -10'"
                : message.TrimEnd('.');

    private static string Values(int n) => n switch { 0 => "no value", 1 => "one value", _ => $"{n} values" };

    [System.Text.RegularExpressions.GeneratedRegex("^Invalid number of arguments `(?<given>[0-9]+)` passed to `(?<name>[a-z_]+)` while expecting `(?<expected>[0-9]+)` arguments")]
    private static partial System.Text.RegularExpressions.Regex ArgumentCount();

    /// <summary>Where '{{' is followed by nothing but white space (or only a trim mark) before '}}'.</summary>
    private static IEnumerable<SourceSpan> EmptyExpressions(string prose)
    {
        Token? enter = null;
        foreach (var token in new Lexer(prose))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                    enter = token;
                    break;
                case TokenType.CodeExit when enter is { } opened:
                    yield return new SourceSpan("", opened.Start, token.End);
                    enter = null;
                    break;
                case TokenType.NewLine:
                    break;
                default:
                    enter = null;
                    break;
            }
        }
    }
}
