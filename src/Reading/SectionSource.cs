namespace Generator.Reading;

/// <summary>One closing chapter as read.</summary>
public sealed record SectionSource(string Path, string Title, int Order, string Body, int BodyFirstLine);
