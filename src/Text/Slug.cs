using System.Text;

namespace Generator.Text;

/// <summary>
/// The one rule that turns a title into an address: lower case, Dutch diacritics folded ("Oekraïne" → "oekraine"),
/// apostrophes dropped ("collega’s" → "collegas"), every other run of punctuation or space one hyphen.
/// </summary>
public static class Slug
{
    // Folded explicitly rather than through Unicode normalisation, which depends on the machine's ICU data.
    private const string Accented = "àáâãäåāèéêëēìíîïīòóôõöøōùúûüūýÿñçß";
    private const string Plain = "aaaaaaaeeeeeiiiiiooooooouuuuuyyncs";

    /// <summary>Long enough for any real title; a path segment must stay well under the file system's limit.</summary>
    public const int MaxLength = 80;

    public static string From(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var raw in title)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or '‘' or 'ʼ')
            {
                continue;
            }

            var folded = Accented.IndexOf(c, StringComparison.Ordinal);
            if (folded >= 0)
            {
                c = Plain[folded];
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        // Cut at a word boundary where there is one.
        var slug = builder.ToString(0, MaxLength);
        var lastHyphen = slug.LastIndexOf('-');
        return lastHyphen > MaxLength / 2 ? slug[..lastHyphen] : slug;
    }
}
