using System.Buffers;
using Generator.Diagnostics;
using Generator.Text;

namespace Generator.Reading;

/// <summary>
/// Characters that YAML (YamlDotNet) reads as a line break but an editor shows as nothing or a space: next line
/// (U+0085), line separator (U+2028) and paragraph separator (U+2029). Typed in a value they end its line there, and the
/// parser's complaint ("indented differently") would point at a line the editor does not see. Each is an error at its
/// own line and column that names the character; the text is not parsed further. U+0085 is also a control character,
/// which <see cref="TextFileReader"/> reports (RPT007) in every file that YAML is read from: it stops the parse here but
/// is not reported twice.
/// </summary>
public static class YamlLineBreaks
{
    private const int MaxReported = 20;

    private static readonly SearchValues<char> Breaks = SearchValues.Create("\u0085\u2028\u2029");

    /// <summary>Reports every such character in <paramref name="yaml"/> (U+0085 excepted, see above); true when there was one.</summary>
    /// <param name="firstLine">The file line (1-based) that <paramref name="yaml"/> starts on.</param>
    public static bool Report(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var found = 0;
        var from = 0;
        var stopped = false;
        while (found < MaxReported && yaml.AsSpan(from).IndexOfAny(Breaks) is var relative and >= 0)
        {
            var at = from + relative;
            from = at + 1;
            if (ControlCharacters.IsForbidden(yaml[at]))
            {
                stopped = true;
                continue;
            }

            var lineStart = at == 0 ? 0 : yaml.LastIndexOf('\n', at - 1) + 1;
            var line = firstLine + yaml.AsSpan(0, lineStart).Count('\n');
            diagnostics.Error(DiagnosticCodes.YamlInvisibleLineBreak, new SourceLocation(displayPath, line, at - lineStart + 1),
                $"The text contains the invisible character {Describe(yaml[at])}, usually pasted from another program; YAML reads it as a line break, "
                + "so the value would end here. Delete it (retype the characters around it if your editor does not show it); for a value over several lines, use '|'.");
            found++;
        }

        return found > 0 || stopped;
    }

    private static string Describe(char c) => c switch
    {
        '\u2028' => "U+2028 (line separator)",
        '\u2029' => "U+2029 (paragraph separator)",
        _ => ControlCharacters.Describe(c),
    };
}
