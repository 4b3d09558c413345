namespace Generator.Rendering.Safety;

/// <summary>
/// The one rule for every address that leaves the generator: only <c>http:</c>, <c>https:</c>, <c>mailto:</c>,
/// <c>tel:</c> and relative addresses pass. The address is first read as a browser's URL parser reads it: spaces and
/// control characters around it are dropped, tabs and line breaks inside it are ignored, and the scheme's case does
/// not matter ("&#160;JaVa&#9;Script:" is "javascript:"). Stricter than a browser where that is simpler: anything
/// with a ':' before the first '/', '?' or '#' must be one of the allowed schemes.
/// </summary>
public static class UrlPolicy
{
    /// <summary>The schemes a reader may follow, for messages.</summary>
    public const string Allowed = "http:, https:, mailto: and tel:";

    /// <summary>
    /// Null when <paramref name="url"/> (already free of HTML character references, as Markdig gives it) is safe;
    /// otherwise the scheme a browser would see, such as <c>javascript:</c>.
    /// </summary>
    public static string? UnsafeScheme(string url) => UnsafeScheme(url, -1);

    /// <summary>
    /// As <see cref="UnsafeScheme(string)"/> for a value decoded by <see cref="CharacterReferences"/>: a reference
    /// left undecoded at <paramref name="firstUnknown"/> before the end of the scheme makes the scheme unknowable,
    /// so the address is refused.
    /// </summary>
    public static string? UnsafeScheme(string url, int firstUnknown)
    {
        var normalised = Normalise(url, ref firstUnknown);
        var end = normalised.AsSpan().IndexOfAny(":/?#");
        if (firstUnknown >= 0 && (end < 0 || firstUnknown < end))
        {
            return normalised[..Math.Min(normalised.Length, firstUnknown + 12)] + "…";
        }

        if (end < 0 || normalised[end] != ':')
        {
            return null; // relative: no scheme at all
        }

        var scheme = normalised[..(end + 1)].ToLowerInvariant();
        return scheme is "http:" or "https:" or "mailto:" or "tel:" ? null : scheme;
    }

    /// <summary>What a browser's URL parser keeps: no C0 controls or spaces around it, no tab, CR or LF inside.</summary>
    private static string Normalise(string url, ref int marker)
    {
        // Most addresses have nothing to drop: the address itself, without copying it character by character.
        if (url.Length == 0 || (url[0] > ' ' && url[^1] > ' ' && url.AsSpan().IndexOfAny('\t', '\n', '\r') < 0))
        {
            marker = marker < url.Length ? marker : -1;
            return url;
        }

        var start = 0;
        var end = url.Length;
        while (start < end && url[start] <= ' ')
        {
            start++;
        }

        while (end > start && url[end - 1] <= ' ')
        {
            end--;
        }

        var result = new System.Text.StringBuilder(end - start);
        var newMarker = -1;
        for (var i = start; i < end; i++)
        {
            if (i == marker)
            {
                newMarker = result.Length;
            }

            if (url[i] is not ('\t' or '\n' or '\r'))
            {
                result.Append(url[i]);
            }
        }

        marker = newMarker;
        return result.ToString();
    }
}
