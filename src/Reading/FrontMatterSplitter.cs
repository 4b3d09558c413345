using Generator.Diagnostics;
using YamlDotNet.Core;

namespace Generator.Reading;

/// <summary>
/// Splits "---\nyaml\n---\nbody" into its parts. Expects LF line ends (see <see cref="TextFileReader"/>). The block
/// closes at the first line that is <c>---</c> or YAML's document-end marker <c>...</c>, alone on the line; any
/// other line starting with three dashes or dots inside the block is an error, so no text is ever taken for
/// front matter and silently dropped.
/// </summary>
public static class FrontMatterSplitter
{
    private const string Fence = "---";
    private const string DocumentEnd = "...";

    public static FrontMatter? Split(string text, string displayPath, DiagnosticBag diagnostics)
    {
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(displayPath, 1, 1),
                firstLine.StartsWith(Fence, StringComparison.Ordinal)
                    ? $"The file must start with a line of exactly three dashes '---', alone on the line, not '{Shorten(firstLine.TrimEnd())}'."
                    : "The file must start with a front-matter block: a line '---', the YAML (title, date, month), and another line '---'.");
            return null;
        }

        var yamlStart = firstLineEnd + 1;
        var position = yamlStart;
        var line = 2;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            if (current is Fence or DocumentEnd)
            {
                var yaml = text[yamlStart..position];
                WarnAboutComments(yaml, displayPath, diagnostics);
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (current.StartsWith(Fence, StringComparison.Ordinal) || current.StartsWith(DocumentEnd, StringComparison.Ordinal))
            {
                // YAML would take this for the start or end of another document and drop what follows it.
                diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(displayPath, line, 1),
                    $"'{Shorten(current)}' is not a closing line: the front matter ends with a line of exactly three dashes '---' (or YAML's '...'), alone on the line.");
                return null;
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

    /// <summary>
    /// A whole-line YAML comment is shown nowhere. In front matter it is most often a Markdown heading of a text whose
    /// front matter was not closed before it (the block then ends at a later '---' rule), so it is a warning.
    /// </summary>
    private static void WarnAboutComments(string yaml, string displayPath, DiagnosticBag diagnostics)
    {
        if (!yaml.Contains('#', StringComparison.Ordinal))
        {
            return;
        }

        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment { IsInline: false } comment)
                {
                    diagnostics.Warning(DiagnosticCodes.FrontMatterComment,
                        new SourceLocation(displayPath, (int)comment.Start.Line + 1, (int)Math.Max(1, comment.Start.Column)),
                        $"'#{Shorten(comment.Value)}' is a YAML comment in the front matter and is shown nowhere. If it is text for the page, "
                        + "close the front matter with a '---' line above it; if it is a note to other editors, remove it or move it below the front matter as an HTML comment (<!-- … -->).");
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // The YAML reader reports the syntax error itself, with its position.
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
