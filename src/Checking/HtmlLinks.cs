namespace Generator.Checking;

/// <summary>The ids a page defines and the addresses it refers to (href and src), as written in its start tags.</summary>
public sealed record HtmlLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Addresses);
