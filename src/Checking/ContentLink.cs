using Generator.Diagnostics;

namespace Generator.Checking;

/// <summary>A link written in Markdown that leads to a place in the site, as written (<c>#maart</c>, <c>../x/</c>), and where it is written.</summary>
/// <param name="InHtml">
/// True for an address in raw HTML (<c>&lt;a href="…"&gt;</c>, with <c>allow_raw_html</c>), which reaches every page as
/// written: its <c>#anchor</c> means a place on the page it is shown on, not on the report page.
/// </param>
public sealed record ContentLink(string Url, SourceLocation At, bool InHtml = false);
