namespace Generator.Rendering;

/// <summary>A Markdown body as HTML, for the report page at the site root and for a page three folders deep.</summary>
public sealed record RenderedContent(HtmlString AtRoot, HtmlString OnEventPage);
