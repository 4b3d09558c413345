using Generator.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Renders one page: its layout (index, event) inside the <c>base</c> layout, with the report's shared model
/// and the page's own values. Templates are strict: a misspelt variable is an error, not an empty string.
/// Thread-safe: pages are rendered in parallel, each with a context of its own over shared data that is frozen
/// (<see cref="FrozenModel"/>): a template that assigns to it fails at its line; what it assigns to a name of
/// its own stays on that page. Each thread keeps one context and one text buffer from page to page (see
/// <see cref="Context"/>); <see cref="Dispose"/> lets go of them.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private const int MaxPartialDepth = 16;

    private readonly Theme _theme;
    private readonly ScriptObject _report;
    private readonly ScriptObject _builtins;

    /// <summary>
    /// The layouts rendered where base.html writes them (<see cref="LayoutInPlace"/>), those for which that gives the
    /// same page: the report page is then never held whole (up to hundreds of MB), and an event page's layout is not
    /// copied into a buffer of its own before base.html copies it into the page.
    /// </summary>
    private readonly HashSet<string> _inPlace;

    /// <summary>
    /// Each thread's idle context, kept from its last page: making a context costs about as much as rendering an event
    /// page. Taken while a page renders and given back, emptied of the page (<see cref="GiveBack"/>), only after a page
    /// that rendered without an error: a context that stopped half-way is never used again.
    /// </summary>
    private readonly ThreadLocal<HtmlEncodingTemplateContext?> _idle = new();

    /// <summary>Each thread's text buffer for <see cref="Render(string, ScriptObject, DiagnosticBag, PageTextReader)"/>, taken and given back the same way.</summary>
    private readonly ThreadLocal<PageText?> _texts = new(trackAllValues: true);

    public PageRenderer(Theme theme, ScriptObject functions, ScriptObject report)
    {
        _theme = theme;
        _report = report;

        // Built once, shared read-only by every page's context: making Scriban's built-ins costs more than a page.
        _builtins = new TemplateContext().BuiltinObject;
        _builtins.Import(functions);

        // Scriban's own include returns a plain string, which our context would escape: replace it.
        _builtins.Remove("include");
        _builtins["include"] = DelegateCustomFunction.CreateFunc<TemplateContext, string, HtmlString>(Include);
        FrozenModel.Freeze(_builtins);

        _inPlace = [.. theme.Layouts.Where(l => l.Key != "base" && TemplateEffects.CanRenderInside(l.Value, theme.Layouts["base"], theme.Partials)).Select(l => l.Key)];
    }

    /// <summary>Renders a page to a string; null after an error in a template, which is reported.</summary>
    public string? Render(string layout, ScriptObject page, DiagnosticBag diagnostics)
    {
        string? html = null;
        Render(layout, page, diagnostics, text => html = new string(text));
        return html;
    }

    /// <summary>
    /// Renders a page into this thread's text buffer and hands its whole text to <paramref name="read"/>, which must
    /// not keep the span: the buffer is the next page's. Nothing is handed over after an error in a template, which is
    /// reported; false then.
    /// </summary>
    public bool Render(string layout, ScriptObject page, DiagnosticBag diagnostics, PageTextReader read)
    {
        var text = _texts.Value ?? new PageText();
        _texts.Value = null;
        text.Clear();
        if (!Render(layout, page, text, diagnostics))
        {
            text.Dispose();
            return false;
        }

        read(text.Text);
        _texts.Value = text;
        return true;
    }

    /// <summary>
    /// Renders a page to <paramref name="output"/> as it is made: <c>base.html</c>, with the layout where it writes
    /// <c>{{ content }}</c>. A layout, when <see cref="TemplateEffects.CanRenderInside"/> says it gives the
    /// same page, is rendered there, straight into the page (streamed); any other is rendered first and kept as written
    /// (the plain path), so that what it assigns is what <c>base.html</c> shows. A streamed page that fails is rendered
    /// again on the plain path, whose errors are the ones reported: the page and its errors never depend on the path.
    /// False after an error in a template, which is reported; <paramref name="output"/> then holds part of the page.
    /// </summary>
    public bool Render(string layout, ScriptObject page, TextWriter output, DiagnosticBag diagnostics)
    {
        if (!_inPlace.Contains(layout))
        {
            return RenderPlain(layout, page, output, diagnostics);
        }

        // What the streamed try assigns to plain names lands in the page's values: the plain path starts from them as they were.
        var values = page.ToList();
        var context = Context(page);
        page["content"] = new LayoutInPlace(context, _theme.Layouts[layout]);
        if (Run(() => RenderTo(context, _theme.Layouts["base"], new WriterOutput(output)), new DiagnosticBag()))
        {
            GiveBack(context);
            return true;
        }

        page.Clear();
        foreach (var (name, value) in values)
        {
            page[name] = value;
        }

        return RenderPlain(layout, page, TextWriter.Null, diagnostics);
    }

    /// <summary>
    /// The plain path: the layout first, then <c>base.html</c> around its text. After an error in the layout, base.html
    /// is still rendered (around no text, with what the layout assigned before its error) for its own errors: all
    /// errors at once. (A name the layout would have assigned only after its error is then missing in base.html too.)
    /// </summary>
    private bool RenderPlain(string layout, ScriptObject page, TextWriter output, DiagnosticBag diagnostics)
    {
        var context = Context(page);
        var body = new LayoutOutput();
        var wrapper = _theme.Layouts["base"];
        if (!Run(() => RenderTo(context, _theme.Layouts[layout], body), diagnostics))
        {
            var alone = Context(page);
            page["content"] = new LayoutOutput();
            Run(() => RenderTo(alone, wrapper, new WriterOutput(TextWriter.Null)), diagnostics);

            return false;
        }

        page["content"] = body;
        if (!Run(() => RenderTo(context, wrapper, new WriterOutput(output)), diagnostics))
        {
            return false;
        }

        GiveBack(context);
        return true;
    }

    /// <summary>Lets go of the threads' idle contexts and text buffers.</summary>
    public void Dispose()
    {
        foreach (var text in _texts.Values)
        {
            text?.Dispose();
        }

        _idle.Dispose();
        _texts.Dispose();
    }

    /// <summary>A context over the shared model and <paramref name="page"/>: this thread's idle one, else a new one.</summary>
    private HtmlEncodingTemplateContext Context(ScriptObject page)
    {
        var context = _idle.Value ?? CreateContext();
        _idle.Value = null;
        context.PushGlobal(_report);
        context.PushGlobal(page);
        return context;
    }

    /// <summary>
    /// Keeps the context of a page that rendered without an error for this thread's next page, emptied of the page: its
    /// globals (the page's values, and with them every name the page assigned) are popped, as are its outputs, so the
    /// next page starts from the shared model alone, as with a new context.
    /// </summary>
    private void GiveBack(HtmlEncodingTemplateContext context)
    {
        context.Reset();
        context.ResetPreviousNewLine();
        context.PartialDepth = 0;
        _idle.Value = context;
    }

    /// <summary>Runs a template's rendering; false after an error in it, which is reported.</summary>
    private static bool Run(Action render, DiagnosticBag diagnostics)
    {
        try
        {
            render();
            return true;
        }
        catch (ScriptRuntimeException e) when (FrozenModel.IsChangeToShared(e))
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, Locate(e.Span),
                "The template changes a value that every page shares (site, events, months, sections, finance or a built-in function), "
                + "which would change other pages too. Give the value a name of your own instead, such as {{ title = page.title }}.");
            return false;
        }
        catch (ScriptRuntimeException e) when (e.InnerException is IOException or UnauthorizedAccessException)
        {
            // Writing the page failed, not the template: the sink's failure, for the sink to report.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, Locate(e.Span), $"The template failed: {e.OriginalMessage.TrimEnd('.')}.");
            return false;
        }
    }

    private HtmlString Include(TemplateContext context, string name)
    {
        if (!_theme.Partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default,
                $"there is no partial '{name}' (theme/partials/{name}.html); the theme has: {string.Join(", ", _theme.Partials.Keys.Order(StringComparer.Ordinal))}");
        }

        var html = (HtmlEncodingTemplateContext)context;
        if (++html.PartialDepth > MaxPartialDepth)
        {
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"partials include each other more than {MaxPartialDepth} deep");
        }

        try
        {
            return new HtmlString(RenderInto(context, partial));
        }
        finally
        {
            html.PartialDepth--;
        }
    }

    private HtmlEncodingTemplateContext CreateContext()
    {
        var context = new HtmlEncodingTemplateContext(_builtins)
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

    /// <summary>Renders a template into <paramref name="output"/> (the text Scriban returns is not used).</summary>
    private static void RenderTo(TemplateContext context, Template template, IScriptOutput output)
    {
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
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

    /// <summary>Scriban's output to a writer; says nothing when Scriban asks for the text rendered so far (which would copy it).</summary>
    private sealed class WriterOutput(TextWriter writer) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            new(writer.WriteAsync(text.AsMemory(offset, count), cancellationToken));

        public override string ToString() => "";
    }

    private static SourceLocation? Locate(SourceSpan span) =>
        string.IsNullOrEmpty(span.FileName) ? null : new SourceLocation(span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
