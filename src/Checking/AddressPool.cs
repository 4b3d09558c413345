using System.Collections.Concurrent;

namespace Generator.Checking;

/// <summary>
/// One copy of each address and id that the pages of a build share (every event page links to the stylesheet, the
/// report and the data files, each in the same words), so the links kept for the link check grow with what differs
/// between pages, not with every link of every page. Thread-safe; dropped with the build.
/// </summary>
public sealed class AddressPool
{
    private readonly ConcurrentDictionary<string, string> _kept = new(StringComparer.Ordinal);

    /// <summary>The copy kept of <paramref name="value"/>: the first one seen.</summary>
    public string Keep(string value) => _kept.GetOrAdd(value, value);
}
