namespace Generator.Checking;

/// <summary>
/// The ids a page defines and the addresses it refers to (href and src), as written in its start tags, and what on
/// it must not reach a reader (<see cref="Rendering.Safety.HtmlSafety"/>).
/// </summary>
public sealed record HtmlLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Addresses)
{
    public IReadOnlyList<Rendering.Safety.HtmlSafetyProblem> Unsafe { get; init; } = [];
}
