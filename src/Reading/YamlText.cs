namespace Generator.Reading;

/// <summary>Writing YAML values in files the generator starts for an editor (<c>new event</c>, <c>new year</c>).</summary>
public static class YamlText
{
    /// <summary>A YAML double-quoted scalar, so any text (colons, quotes, '#', a line break) stays one string as written.</summary>
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
