using System.Text;
using Generator.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Rendering;

/// <summary>
/// A table written in Markdown scrolls within itself on a phone and Tab reaches it (<see cref="TableAlignment"/>), so a
/// screen reader announces it as it gets the focus: it must have a name (WCAG 4.1.2). Markdown tables have no caption,
/// so the editor names one with a heading above it in the same text: the nearest heading before the table, at any
/// level, becomes its <c>aria-label</c>. A table with no heading above it is a warning (RPT511) that says to write one.
/// </summary>
public static class TableNames
{
    /// <summary>Names every table of <paramref name="document"/> after the nearest heading before it; warns at a table with none.</summary>
    /// <param name="path">The text's file as the editor clicks it; <paramref name="bodyFirstLine"/> is the 1-based line its body starts on.</param>
    public static void Name(MarkdownDocument document, string path, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        string? heading = null;
        foreach (var block in document.Descendants<Block>())
        {
            if (block is HeadingBlock headingBlock)
            {
                heading = PlainText(headingBlock.Inline) is { Length: > 0 } text ? text : heading;
            }
            else if (block is Table table)
            {
                if (heading is null)
                {
                    diagnostics.Warning(DiagnosticCodes.TableUnnamed, new SourceLocation(path, table.Line + bodyFirstLine, table.Column + 1),
                        "This table has no heading above it, so a screen reader cannot say what it shows. "
                        + "Write a heading that names it above the table in this text, such as '# Aanvragen per onderdeel'.");
                    continue;
                }

                table.GetAttributes().AddPropertyIfNotExist("aria-label", heading);
            }
        }
    }

    /// <summary>The text a heading shows, without its markup: "Aanvragen in *2022*" → "Aanvragen in 2022"; "" for none.</summary>
    internal static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
