using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Markdig writes a table column's alignment (<c>|---:|</c>) as <c>style="text-align: right;"</c>, which the pages'
/// Content-Security-Policy blocks. This moves it into a class on each cell (<c>align-left</c>, <c>align-center</c>,
/// <c>align-right</c>) that theme/assets/style.css styles. Each table also gets <c>tabindex="0"</c>: on a phone the
/// theme lets a table too wide for the screen scroll within itself, and a box that scrolls must be reachable by
/// keyboard (WCAG 2.1.1), so the arrow keys can scroll it.
/// </summary>
public static class TableAlignment
{
    public static void UseClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell)
                    {
                        continue;
                    }

                    // The column Markdig's table renderer takes a cell's alignment from.
                    var column = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex;
                    column = Math.Min(column, columns.Count - 1);
                    if (columns[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass(alignment switch
                        {
                            TableColumnAlign.Center => "align-center",
                            TableColumnAlign.Right => "align-right",
                            _ => "align-left",
                        });
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
            }
        }
    }
}
