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

        return builder.ToString();
    }
}
