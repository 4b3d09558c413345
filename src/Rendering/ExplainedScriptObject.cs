using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// A Scriban object that can say why a member is absent, so that naming it is an error that explains itself
/// (<c>finance.previous</c> in a year without a previous year) rather than a list of what does exist.
/// </summary>
public sealed class ExplainedScriptObject : ScriptObject
{
    /// <summary>Why each absent member is absent, by name: the reason, as the rest of a sentence ("there is no …").</summary>
    public Dictionary<string, string> Absent { get; } = new(StringComparer.Ordinal);
}
