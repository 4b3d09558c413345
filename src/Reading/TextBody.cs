using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The checks of a text's body that need nothing of its front matter, made for an event or chapter alike.</summary>
public static class TextBody
{
    /// <summary>
    /// Warns about an empty body and a placeholder left by 'new event', and checks that the Markdown can be read in
    /// reasonable time (<see cref="MarkdownLimits"/>).
    /// </summary>
    /// <param name="empty">The warning for a body without text, naming what kind of text it is.</param>
    /// <returns>False when the body is too large or too deeply nested to render (reported); it is then not checked further.</returns>
    public static bool Check(FrontMatter parts, string displayPath, string empty, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(parts.Body))
        {
            diagnostics.Warning(DiagnosticCodes.EmptyBody, new SourceLocation(displayPath, parts.BodyFirstLine, 1), empty);
        }

        Placeholder.WarnIfLeft(parts.Body, displayPath, parts.BodyFirstLine, diagnostics);
        return MarkdownLimits.Check(parts.Body, displayPath, parts.BodyFirstLine, diagnostics);
    }
}
