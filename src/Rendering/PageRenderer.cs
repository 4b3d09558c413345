using Generator.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Renders one page: its layout (index, event) inside the <c>base</c> layout, with the report's shared model
/// and the page's own values. Templates are strict: a misspelt variable is an error, not an empty string.
/// </summary>
public sealed class PageRenderer(Theme theme, ScriptObject functions, ScriptObject report)
{
    private const int MaxPartialDepth = 16;

    public string? Render(string layout, ScriptObject page, DiagnosticBag diagnostics)
    {
        var context = CreateContext();
        context.PushGlobal(report);
        context.PushGlobal(page);
        try
        {
            var body = RenderInto(context, theme.Layouts[layout]);
            page["content"] = new HtmlString(body);
            return RenderInto(context, theme.Layouts["base"]);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, Locate(e.Span), $"The template failed: {e.OriginalMessage.TrimEnd('.')}.");
            return null;
        }
    }

    private HtmlEncodingTemplateContext CreateContext()
    {
        var builtins = new TemplateContext().BuiltinObject;
        builtins.Import(functions);
        var depth = 0;
        // Scriban's own include returns a plain string, which our context would escape: replace it.
        builtins.Remove("include");
        builtins.Import("include", new Func<TemplateContext, string, HtmlString>((context, name) =>
        {
            if (!theme.Partials.TryGetValue(name, out var partial))
            {
                throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default,
                    $"there is no partial '{name}' (theme/partials/{name}.html); the theme has: {string.Join(", ", theme.Partials.Keys.Order(StringComparer.Ordinal))}");
            }

            if (++depth > MaxPartialDepth)
            {
                throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"partials include each other more than {MaxPartialDepth} deep");
            }

            try
            {
                return new HtmlString(RenderInto(context, partial));
            }
            finally
            {
                depth--;
            }
        }));

        var context = new HtmlEncodingTemplateContext(builtins)
        {
            StrictVariables = true,
            NewLine = "\n",
            // A large report must never be cut or stopped: Scriban's default limits truncate output over 1 MB.
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RecursiveLimit = 100,
        };
        MissingMember.MakeStrict(context);
        return context;
    }

    private static string RenderInto(TemplateContext context, Template template)
    {
        context.PushOutput();
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static SourceLocation? Locate(SourceSpan span) =>
        string.IsNullOrEmpty(span.FileName) ? null : new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
