namespace Generator;

/// <summary>Finds what the user probably meant by a mistyped command or option: <c>biuld</c> → <c>build</c>.</summary>
public static class Suggestions
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/>, when it is at most two edits away
    /// (a swapped pair of letters counts as one edit) and closer than any other; null when none is close enough.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var ranked = known
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return ranked.Count == 0 || (ranked.Count > 1 && ranked[1].Distance == ranked[0].Distance) ? null : ranked[0].Name;
    }

    /// <summary>The number of inserted, deleted or replaced letters and swapped neighbours that turn one word into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
