namespace Generator.Checking;

/// <summary>
/// The ids a page defines and the addresses it refers to (href and src), as written in its start tags, and what on
/// it must not reach a reader (<see cref="Rendering.Safety.HtmlSafety"/>).
/// </summary>
/// <param name="DuplicateIds">Each id that a second element of the page has too, once, in page order; ids must be unique.</param>
public sealed record HtmlLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Addresses, IReadOnlyList<string> DuplicateIds)
{
    public IReadOnlyList<Rendering.Safety.HtmlSafetyProblem> Unsafe { get; init; } = [];
}
