using Scriban;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// A page's layout (index, event) that is rendered only where <c>base.html</c> writes <c>{{ content }}</c>, straight
/// into the page, so its text is never held: for a layout that assigns nothing <c>base.html</c> reads
/// (<see cref="TemplateEffects.CanRenderInside"/>), whose rendering therefore cannot change what it shows before it. A layout that assigns is rendered
/// first instead (<see cref="LayoutOutput"/>).
/// </summary>
public sealed class LayoutInPlace(TemplateContext context, Template layout)
{
    /// <summary>Renders the layout into the context's current output.</summary>
    public void WriteTo(TemplateContext into)
    {
        into.PushOutput(new ForwardingOutput(into.Output));
        try
        {
            layout.Render(into);
        }
        finally
        {
            into.PopOutput();
        }
    }

    /// <summary>The layout's text, for a template that uses <c>content</c> as a value rather than writing it.</summary>
    public string Text()
    {
        var text = new LayoutOutput();
        context.PushOutput(text);
        try
        {
            layout.Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        return text.Text();
    }

    /// <summary>Passes text on to another output; says nothing when Scriban asks for the text rendered so far.</summary>
    private sealed class ForwardingOutput(IScriptOutput target) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => target.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            target.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
