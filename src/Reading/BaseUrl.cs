using System.Globalization;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// The absolute address a site is published at: only for canonical links, the sitemap and the feed. It is published as
/// written (with a '/' added at the end when it has none), so an address the generator would have to change in any other
/// way is refused with the form to write instead, never changed quietly: a user name or password, a query or fragment,
/// white space or a control character, another scheme than http(s), a host in upper case or with non-ASCII letters
/// (written in its ASCII form, punycode, instead), a default port, '.' or '..' segments, or unescaped characters.
/// </summary>
public static class BaseUrl
{
    /// <summary>What a base URL must be, for messages (in site.yml and for <c>--base-url</c>).</summary>
    public const string Rule = "an absolute http or https address such as https://example.org/jaarverslag/";

    /// <summary>"https://example.org/jaarverslag" → "https://example.org/jaarverslag/"; null (with an error RPT403 at
    /// <paramref name="location"/>, which is null for --base-url) when <see cref="TryNormalise"/> refuses it.</summary>
    public static string? Normalise(string text, SourceLocation? location, DiagnosticBag diagnostics)
    {
        var address = TryNormalise(text, out var problem);
        if (address is null)
        {
            diagnostics.Error(DiagnosticCodes.BaseUrlInvalid, location, $"The base URL {problem}");
        }

        return address;
    }

    /// <summary>The one rule: the address ending in '/', or null with <paramref name="problem"/> set to what is wrong and
    /// how to write it, as the end of a sentence about the address ("must be …", "holds …").</summary>
    public static string? TryNormalise(string text, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = $"must be {Rule}, not an empty value.";
            return null;
        }

        var odd = text.Select((c, i) => (c, i)).FirstOrDefault(x => char.IsWhiteSpace(x.c) || char.IsControl(x.c));
        if (odd.c != '\0' || text[0] == '\0')
        {
            var what = odd.c == ' ' ? "a space" : char.IsWhiteSpace(odd.c) ? $"white space (U+{(int)odd.c:X4})" : $"a control character (U+{(int)odd.c:X4})";
            problem = string.Create(CultureInfo.InvariantCulture,
                $"holds {what} at character {odd.i + 1}, which an address cannot hold: remove it (a space in a folder name is written %20).");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.IsFile || uri.IsUnc || !text.Contains("//", StringComparison.Ordinal))
        {
            problem = $"must be {Rule}, not '{text}'.";
            return null;
        }

        if (uri.UserInfo.Length > 0 || Authority(text).Contains('@', StringComparison.Ordinal))
        {
            problem = "holds a user name or password before the host (the part up to '@'): remove 'user:password@'. "
                + "Published pages must not carry a password, and every canonical link and the sitemap would show it.";
            return null;
        }

        if (text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal))
        {
            problem = $"holds a {(text.Contains('?', StringComparison.Ordinal) ? "query ('?…')" : "fragment ('#…')")}, which the address of every page would repeat wrongly: "
                + $"remove it, and write only the folder the site is published in, like {Rule[Rule.IndexOf("https://", StringComparison.Ordinal)..]}.";
            return null;
        }

        var address = uri.GetLeftPart(UriPartial.Path);
        address = address.EndsWith('/') ? address : address + "/";
        if (uri.IdnHost != uri.DnsSafeHost || uri.Host.Any(c => c > 127) || Authority(text).Any(c => c > 127))
        {
            var ascii = address.Replace(uri.Authority, uri.IdnHost + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal);
            problem = $"has a host name with letters outside a-z ('{uri.Host}'), which is published in its ASCII form (punycode): write it so, as '{ascii}'.";
            return null;
        }

        if (address != text && address != text + "/")
        {
            problem = $"'{text}' would be published as '{address}' (the generator writes an address in its standard form: "
                + "a lower-case scheme and host, no default port, no '.' or '..' segments, characters outside ASCII escaped): write it so.";
            return null;
        }

        // A last part with a dot and no '/' after it reads as a page ('index.html'), not the folder the site is in: every
        // address would be made below it ('…/index.html/2022/'). With the '/' written, the folder's name may have a dot.
        var last = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
        if (!text.EndsWith('/') && last.Contains('.', StringComparison.Ordinal))
        {
            problem = $"ends in '{last}', which looks like a page, not the folder the site is published in: "
                + $"write the folder, like '{address[..^(last.Length + 1)]}', or end the address with '/' if '{last}' is the folder's name.";
            return null;
        }

        return address;
    }

    /// <summary>The part between '//' and the next '/' (user info, host and port), as written.</summary>
    private static string Authority(string text)
    {
        var start = text.IndexOf("//", StringComparison.Ordinal) + 2;
        var end = text.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
