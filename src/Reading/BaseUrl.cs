using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The absolute address a site is published at: only for canonical links, the sitemap and the feed.</summary>
public static class BaseUrl
{
    /// <summary>What a base URL must be, for messages (in site.yml and for <c>--base-url</c>).</summary>
    public const string Rule = "an absolute http or https address such as https://example.org/jaarverslag/";

    /// <summary>"https://example.org/jaarverslag" → "https://example.org/jaarverslag/"; null (with an error) when it is not absolute http(s).</summary>
    public static string? Normalise(string text, SourceLocation? location, DiagnosticBag diagnostics)
    {
        var address = TryNormalise(text);
        if (address is null)
        {
            diagnostics.Error(DiagnosticCodes.BaseUrlInvalid, location, $"The base URL must be {Rule}, not '{text}'.");
        }

        return address;
    }

    /// <summary>The one rule: the address ending in '/', or null when <paramref name="text"/> (trimmed) is not an
    /// absolute http or https address without a query or fragment (an empty or blank text is not).</summary>
    public static string? TryNormalise(string text)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            var address = uri.GetLeftPart(UriPartial.Path);
            return address.EndsWith('/') ? address : address + "/";
        }

        return null;
    }
}
