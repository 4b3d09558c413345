using Scriban;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>
/// A Scriban context that HTML-encodes everything an expression writes, unless it is an <see cref="HtmlString"/>.
/// Scriban escapes nothing by itself; this makes escaping the default, so a title with '&lt;' shows as text.
/// </summary>
public sealed class HtmlEncodingTemplateContext : TemplateContext
{
    public HtmlEncodingTemplateContext(Scriban.Runtime.ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>How deeply partials are including each other right now, to stop a partial that includes itself.</summary>
    public int PartialDepth { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            HtmlString html => Write(html.Value),
            LayoutOutput layout => WriteLayout(layout),
            LayoutInPlace layout => WriteLayout(layout),
            _ => Write(Html.Encode(ObjectToString(textAsObject) ?? "")),
        };
    }

    /// <summary>A layout used as a value (<c>content | string.size</c>) is its text.</summary>
    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        LayoutOutput layout => layout.Text(),
        LayoutInPlace layout => layout.Text(),
        _ => base.ObjectToString(value, nested),
    };

    private HtmlEncodingTemplateContext WriteLayout(LayoutOutput layout)
    {
        layout.CopyTo((text, offset, count) => Write(text, offset, count));
        return this;
    }

    private HtmlEncodingTemplateContext WriteLayout(LayoutInPlace layout)
    {
        layout.WriteTo(this);
        return this;
    }
}
