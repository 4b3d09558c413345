using System.Globalization;
using System.Text;

namespace Generator.Reading;

/// <summary>A year's finance.yml to fill in: another year's keys, labels and unit, with every amount left empty.</summary>
public static class YearFinance
{
    /// <summary>
    /// The text of the new year's finance.yml. Every line and memo line keeps its key and label; amounts (and a
    /// <c>published_total</c> where that year published only a total) are empty, which the build reports (RPT308)
    /// until they are filled in. Every text copied (title, caption, column heading, labels) names the new year wherever it
    /// named the source's year, whether the new year comes after or before it.
    /// </summary>
    /// <param name="source">The statement to copy from, as read.</param>
    /// <param name="sourceYear">The year <paramref name="source"/> is the statement of (its folder's name).</param>
    /// <param name="sourcePath">Its path, named in the file's first comment.</param>
    /// <param name="renamed">Each text in which a year was moved, as it was and as it is written, once each, in the file's order: for the command to say so.</param>
    public static string Blank(FinanceStatement source, int sourceYear, int year, string sourcePath, out IReadOnlyList<(string Before, string After)> renamed)
    {
        var moved = new List<(string Before, string After)>();
        renamed = moved;
        string Quoted(string text)
        {
            var after = YearInText.Replace(text, sourceYear, year);
            if (after != text && !moved.Contains((text, after)))
            {
                moved.Add((text, after));
            }

            return YamlText.Quoted(after);
        }

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"# The statement of {year}, started from the keys and labels of {sourcePath}. Fill in every amount as\n")
            .Append("# published (the build refuses an empty one); change a label where it changed, remove a line that no longer\n")
            .Append("# exists and give a new line a new key. A line keeps its key across years, so the years can be compared.\n")
            .Append("title: ").Append(Quoted(source.Title)).Append('\n')
            .Append("caption: ").Append(Quoted(source.Caption)).Append('\n')
            .Append("column: ").Append(Quoted(source.ColumnHeading)).Append('\n')
            .Append("unit: ").Append(source.Unit.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Group(text, "income", source.Income, Quoted);
        Group(text, "expenses", source.Expenses, Quoted);
        text.Append("saldo:\n  label: ").Append(Quoted(source.SaldoLabel)).Append('\n');
        if (source.Memo.Count > 0)
        {
            text.Append("memo:\n");
            foreach (var line in source.Memo)
            {
                text.Append("  - key: ").Append(line.Key).Append("\n    label: ").Append(Quoted(line.Label)).Append("\n    amount:\n");
            }
        }

        return text.ToString();
    }

    private static void Group(StringBuilder text, string name, FinanceGroup group, Func<string, string> quoted)
    {
        text.Append(name).Append(":\n  label: ").Append(quoted(group.Label)).Append("\n  total_label: ").Append(quoted(group.TotalLabel)).Append('\n');
        if (group.Lines.Count == 0)
        {
            text.Append("  published_total:\n");
            return;
        }

        text.Append("  lines:\n");
        foreach (var line in group.Lines)
        {
            text.Append("    - key: ").Append(line.Key).Append("\n      label: ").Append(quoted(line.Label)).Append("\n      amount:\n");
        }
    }
}
