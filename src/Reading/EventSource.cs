using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>One event file as read: front matter checked, body still Markdown with template expressions.</summary>
/// <param name="Date">Null for an event known only by its month.</param>
/// <param name="Draft">A concept: left out of a build, shown (marked) by the preview.</param>
/// <param name="Image">The lead photo, or null.</param>
public sealed record EventSource(
    string Path,
    string Title,
    DateOnly? Date,
    int Month,
    string Body,
    int BodyFirstLine,
    SourceLocation TitleLocation,
    bool Draft = false,
    LeadImage? Image = null);
