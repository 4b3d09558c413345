using Generator.Diagnostics;
using Markdig;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Turns a Markdown body into HTML: first its <c>{{ … }}</c> expressions are evaluated over the report's data
/// (so prose and table cannot disagree), then Markdig renders it.
/// </summary>
public sealed class ContentRenderer(Func<ScriptObject> contentGlobals)
{
    // Built once: Markdig's pipeline is immutable and thread-safe. Raw HTML in content is shown as text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public HtmlString? Render(string path, string body, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var markdown = body.Contains("{{", StringComparison.Ordinal)
            ? EvaluateExpressions(path, body, bodyFirstLine, diagnostics)
            : body;
        return markdown is null ? null : new HtmlString(Markdown.ToHtml(markdown, Pipeline));
    }

    private string? EvaluateExpressions(string path, string body, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var template = Template.Parse(body, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.ContentExpressionSyntax, Locate(path, message.Span, bodyFirstLine),
                    $"The expression cannot be read: {message.Message}. Expressions look like {{{{ finance.income.total | euro_millions }}}}.");
            }

            return null;
        }

        // A sandbox: no built-in functions (no include, no clock), only the report's data and our formatting functions.
        var context = new TemplateContext(new ScriptObject())
        {
            StrictVariables = true,
            LoopLimit = 10_000,
            RecursiveLimit = 20,
            OutputLimit = 10_000_000,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
        };
        MissingMember.MakeStrict(context);
        context.PushGlobal(contentGlobals());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.ContentExpressionRuntime, Locate(path, e.Span, bodyFirstLine),
                $"The expression failed: {e.OriginalMessage.TrimEnd('.')}. The text can use 'site' and 'finance' (income, expenses, saldo, memo) with the functions format_amount, format_number and euro_millions.");
            return null;
        }
    }

    private static SourceLocation Locate(string path, SourceSpan span, int bodyFirstLine) =>
        new(path, span.Start.Line + bodyFirstLine, span.Start.Column + 1);
}
