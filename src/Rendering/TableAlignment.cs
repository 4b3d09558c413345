using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Generator.Rendering;

/// <summary>
/// Markdig writes a table column's alignment (<c>|---:|</c>) as <c>style="text-align: right;"</c>, which the pages'
/// Content-Security-Policy blocks. This moves it into a class on each cell (<c>align-left</c>, <c>align-center</c>,
/// <c>align-right</c>) that theme/assets/style.css styles.
/// </summary>
public static class TableAlignment
{
    public static void UseClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
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
