using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>An event's lead photo from front matter: <c>image</c> (a path relative to the event file), <c>image_alt</c> and <c>image_caption</c>.</summary>
/// <param name="Alt">As written; "-" marks a decorative photo.</param>
/// <param name="Caption">Null when none.</param>
/// <param name="Location">Where <c>image</c> is written, for problems with the file.</param>
public sealed record LeadImage(string Path, string Alt, string? Caption, SourceLocation Location);
