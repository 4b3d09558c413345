namespace Generator.Reading;

/// <summary>
/// A text the build reads as if it were a file in the input, without it being on disk: <c>new event</c> checks the file it
/// would write with the build's own rules (reader, address and id collisions) before it writes anything.
/// </summary>
/// <param name="FullPath">Where the file would be: absolute, in a year's <c>events/</c> or <c>sections/</c>, and not yet there.</param>
/// <param name="Text">Its whole text, as it would be written (UTF-8, LF line ends).</param>
public sealed record AddedFile(string FullPath, string Text);
