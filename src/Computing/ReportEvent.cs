using Generator.Addressing;
using Generator.Reading;

namespace Generator.Computing;

/// <summary>An event in its place in the timeline, with the address of its own page.</summary>
/// <param name="Address">The event's own page, like <c>2022/01/ind-onderzoekt-interne-cultuur/</c>.</param>
public sealed record ReportEvent(EventSource Source, string Slug, PageAddress Address);
