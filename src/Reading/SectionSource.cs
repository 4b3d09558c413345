using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>One closing chapter as read.</summary>
/// <param name="TitleLocation">Where its <c>title</c> value is, for errors about the id made from it; null when not known.</param>
public sealed record SectionSource(string Path, string Title, int Order, string Body, int BodyFirstLine, SourceLocation? TitleLocation = null);
