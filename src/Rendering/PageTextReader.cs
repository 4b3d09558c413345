namespace Generator.Rendering;

/// <summary>Reads a rendered page's whole text (see <see cref="PageRenderer"/>), which is valid only during the call.</summary>
public delegate void PageTextReader(ReadOnlySpan<char> text);
