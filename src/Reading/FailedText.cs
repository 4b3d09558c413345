namespace Generator.Reading;

/// <summary>
/// An event or chapter whose front matter has errors (reported when it was read): it gets no page, but its body is still
/// checked for its own errors (expressions, links, images, safety) in the same build, and a link to its file is not
/// reported as broken: the file is there, only its front matter needs fixing.
/// </summary>
/// <param name="Path">The file, as shown in diagnostics.</param>
/// <param name="Body">The Markdown below the front matter.</param>
/// <param name="BodyFirstLine">The file line (1-based) the body starts on.</param>
/// <param name="Draft">True when its front matter says <c>draft: true</c>: then, like any draft, it is checked only with --drafts.</param>
public sealed record FailedText(string Path, string Body, int BodyFirstLine, bool Draft = false);

/// <summary>One text file as read: the event or chapter when its front matter is whole, else what can still be checked of it.</summary>
/// <param name="Item">The event or chapter; null after an error.</param>
/// <param name="Failed">The body of a text whose front matter failed; null when <paramref name="Item"/> is there, or nothing of the file can be checked (no front matter to split, or a body too large to read).</param>
public sealed record ReadText<T>(T? Item, FailedText? Failed)
    where T : class;
