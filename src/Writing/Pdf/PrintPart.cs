namespace Generator.Writing.Pdf;

/// <summary>A part of the printed report that starts a page and names the running header: a month or a chapter.</summary>
/// <param name="Id">The id of the part's element on the report page (a month's 'januari', a chapter's slug).</param>
/// <param name="Title">The title as the contents lists it, which is also the part's heading.</param>
public sealed record PrintPart(string Id, string Title);
