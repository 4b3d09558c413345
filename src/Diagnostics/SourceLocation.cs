namespace Generator.Diagnostics;

/// <summary>A 1-based position in a file, with the path as an editor would click it.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}({Line},{Column})");
}
