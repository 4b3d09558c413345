namespace Generator.Writing.Pdf;

/// <summary>Where the months and chapters fell in a printed report, as read back from the PDF.</summary>
/// <param name="Starts">The 1-based page on which each part's heading is, by part id; a part whose heading was not
/// found is absent.</param>
/// <param name="Headers">For each page (index 0 is page 1) the title of the part current at the top of that page: the
/// one whose heading opens the page, or else the one whose content runs on from the page before; null on the pages
/// before the first part (the cover and the contents).</param>
public sealed record PartLayout(IReadOnlyDictionary<string, int> Starts, IReadOnlyList<string?> Headers)
{
    /// <summary>Nothing known yet: before the first print.</summary>
    public static PartLayout Unknown { get; } = new(new Dictionary<string, int>(), []);

    /// <summary>True when both give every part the same page and every page the same header.</summary>
    public bool SameAs(PartLayout other) =>
        Starts.Count == other.Starts.Count && Starts.All(p => other.Starts.TryGetValue(p.Key, out var page) && page == p.Value)
        && Headers.SequenceEqual(other.Headers);
}
