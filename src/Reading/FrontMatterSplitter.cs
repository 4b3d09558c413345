using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Splits "---\nyaml\n---\nbody" into its parts. Expects LF line ends (see <see cref="TextFileReader"/>).</summary>
public static class FrontMatterSplitter
{
    private const string Fence = "---";

    public static FrontMatter? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(displayPath, 1, 1),
                "The file must start with a front-matter block: a line '---', the YAML (title, date, month), and another line '---'.");
            return null;
        }

        var yamlStart = firstLineEnd + 1;
        var position = yamlStart;
        var line = 2;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() == Fence)
            {
                var yaml = text[yamlStart..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(displayPath, 1, 1),
            "The front matter that starts here is never closed. Did you forget the closing '---' line after the YAML?");
        return null;
    }
}
