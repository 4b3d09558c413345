using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The text that <c>new event</c> writes below the front matter, and the check that finds it left in a file, so a
/// forgotten placeholder is a warning in <c>check</c> and <c>build</c> (an error with <c>--strict</c>) and never
/// published unnoticed.
/// </summary>
public static class Placeholder
{
    private static readonly string[] Sentences =
    [
        "Schrijf hier wat er gebeurde.",
        "Een lege regel begint een nieuwe alinea.",
    ];

    /// <summary>The placeholder as <c>new event</c> writes it: one line, ending in a line end.</summary>
    public static string Text => string.Join(' ', Sentences) + "\n";

    /// <summary>Warns at the first sentence of the placeholder that is still in <paramref name="body"/>, if any.</summary>
    /// <param name="bodyFirstLine">The file line the body starts on (1-based).</param>
    public static void WarnIfLeft(string body, string displayPath, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var at = Sentences.Select(s => body.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (at < 0)
        {
            return;
        }

        var lineStart = at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1;
        var line = bodyFirstLine + body.AsSpan(0, at).Count('\n');

        diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, new SourceLocation(displayPath, line, at - lineStart + 1),
            $"This is still the placeholder text of 'new event' (\"{Text.TrimEnd()}\"). Replace it with the text to publish.");
    }
}
