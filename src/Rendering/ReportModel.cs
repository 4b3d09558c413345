using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>The report as templates see it, and each event's object (in timeline order) for its own page.</summary>
public sealed record ReportModel(ScriptObject Globals, IReadOnlyList<ScriptObject> Events);
