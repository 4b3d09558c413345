namespace Generator.Text;

/// <summary>Dutch month names, written out here rather than taken from the machine's culture data.</summary>
public static class DutchMonths
{
    public static readonly IReadOnlyList<string> Names =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    /// <param name="month">1 to 12.</param>
    public static string Name(int month) => Names[month - 1];

    /// <summary>1 to 12 for a Dutch month name in any letter case; 0 when it is not one.</summary>
    public static int Number(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static string Capitalised(int month)
    {
        var name = Name(month);
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
