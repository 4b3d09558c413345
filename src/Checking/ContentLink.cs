using Generator.Diagnostics;

namespace Generator.Checking;

/// <summary>A link written in Markdown that leads to a place in the site, as written (<c>#maart</c>, <c>../x/</c>), and where it is written.</summary>
public sealed record ContentLink(string Url, SourceLocation At);
