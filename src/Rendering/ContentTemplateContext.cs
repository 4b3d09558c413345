using System.Numerics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// The sandboxed context that a Markdown text's expressions run in. It knows which expression is writing, refuses a
/// number that is not finite (<c>{{ 1 / 0 }}</c> would print "Infinity") and records every bare number written
/// into prose without a formatter, which a Dutch reader would misread (578.422 for 578 thousand). An expression that
/// fails writes nothing and is recorded in <see cref="Failures"/>; the text goes on with the next one, so that one
/// build reports every failing expression of a text.
/// </summary>
public sealed class ContentTemplateContext : TemplateContext
{
    public ContentTemplateContext()
        : base(new Scriban.Runtime.ScriptObject())
    {
        StrictVariables = true;
        LoopLimit = 10_000;
        RecursiveLimit = 20;
        OutputLimit = 10_000_000;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        MissingMember.MakeStrict(this);
    }

    /// <summary>The span of the expression being evaluated (0-based, in the text being rendered), for positions.</summary>
    public SourceSpan? CurrentExpression { get; private set; }

    /// <summary>Bare numbers written so far: where, and as what text.</summary>
    public List<(SourceSpan Span, string Text)> BareNumbers { get; } = [];

    /// <summary>
    /// Where each statement's output starts in the rendered text (0-based), the offset in the template it was written at,
    /// and whether it is text copied as written (rather than an expression's result). Cleared by the caller per render.
    /// </summary>
    public List<ExpandedText.Piece> Pieces { get; } = [];

    /// <summary>
    /// The expressions that failed so far, each once however often a loop ran it: the expression's span (0-based, in the
    /// text being rendered) and why. Cleared by the caller per render.
    /// </summary>
    public List<(SourceSpan Span, Exception Error)> Failures { get; } = [];

    // Variables whose assignment failed: an expression that uses one fails only because of that (one cause, one message).
    private readonly HashSet<string> _failedVariables = new(StringComparer.Ordinal);

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement statement)
        {
            CurrentExpression = statement.Span;
            Pieces.Add(new ExpandedText.Piece(OutputLength, statement.Span.Start.Offset, Verbatim: false));
            try
            {
                return base.Evaluate(scriptNode, aliasReturnedFunction);
            }
            catch (Exception e) when (IsExpressionFailure(e))
            {
                Fail(statement, e);
                return null;
            }
        }
        else if (scriptNode is ScriptRawStatement raw)
        {
            Pieces.Add(new ExpandedText.Piece(OutputLength, raw.Span.Start.Offset, Verbatim: true));
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    private int OutputLength => Output is Scriban.Runtime.StringBuilderOutput output ? output.Builder.Length : 0;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var at = CurrentExpression ?? span;
        if (textAsObject is double.NaN or float.NaN or "NaN"
            || textAsObject is double d && double.IsInfinity(d)
            || textAsObject is float f && float.IsInfinity(f)
            || textAsObject is "Infinity" or "-Infinity")
        {
            // Written after the expression statement has returned: recorded here, and nothing is written.
            Record(at, new ScriptRuntimeException(at,
                $"it gives {ObjectToString(textAsObject)}, which is not a number (a division by zero?). Check the figures and the expression"));
            return this;
        }

        if (IsBare(textAsObject))
        {
            BareNumbers.Add((at, ObjectToString(textAsObject) ?? ""));
        }

        return base.Write(span, textAsObject);
    }

    /// <summary>What an expression's failure looks like: Scriban's runtime error, or a conversion a function's argument cannot survive.</summary>
    public static bool IsExpressionFailure(Exception e) =>
        e is ScriptRuntimeException or OverflowException or InvalidCastException or ArgumentException or FormatException or ArithmeticException;

    /// <summary>Records a failed statement, unless it failed only through a variable whose own assignment failed; an assignment that fails leaves its variable empty.</summary>
    private void Fail(ScriptExpressionStatement statement, Exception e)
    {
        if (!Uses(statement, _failedVariables))
        {
            // Scriban's own span names the part that failed (the member that does not exist), more precisely than the statement's.
            Record(e is ScriptRuntimeException runtime ? runtime.Span : statement.Span, e);
        }

        if (statement.Expression is ScriptAssignExpression { Target: ScriptVariable variable })
        {
            _failedVariables.Add(variable.Name);
            SetValue(variable, null);
        }
    }

    private void Record(SourceSpan span, Exception e)
    {
        if (!Failures.Exists(f => f.Span.Start.Offset == span.Start.Offset))
        {
            Failures.Add((span, e));
        }
    }

    private static bool Uses(ScriptNode node, HashSet<string> variables)
    {
        if (variables.Count == 0)
        {
            return false;
        }

        if (node is ScriptVariable { Name: { } name } && variables.Contains(name))
        {
            return true;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && Uses(child, variables))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Dutch writes whole numbers from 10.000 with a thousands dot and fractions with a decimal comma, so a number with a
    /// fraction or of five digits or more is unreadable unformatted. Smaller whole numbers (a year, a count) are fine.
    /// </summary>
    private static bool IsBare(object? value) => value switch
    {
        double x => x != Math.Floor(x) || Math.Abs(x) >= 10_000,
        float x => x != MathF.Floor(x) || Math.Abs(x) >= 10_000,
        decimal x => x != decimal.Floor(x) || Math.Abs(x) >= 10_000,
        int x => Math.Abs((long)x) >= 10_000,
        long x => x is >= 10_000 or <= -10_000,
        uint x => x >= 10_000,
        ulong x => x >= 10_000,
        BigInteger x => BigInteger.Abs(x) >= 10_000,
        _ => false,
    };
}
