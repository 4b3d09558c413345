using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>The absolute address a site is published at: only for canonical links, the sitemap and the feed.</summary>
public static class BaseUrl
{
    /// <summary>"https://example.org/jaarverslag" → "https://example.org/jaarverslag/"; null (with an error) when it is not absolute http(s).</summary>
    public static string? Normalise(string text, SourceLocation? location, DiagnosticBag diagnostics)
    {
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            var address = uri.GetLeftPart(UriPartial.Path);
            return address.EndsWith('/') ? address : address + "/";
        }

        diagnostics.Error(DiagnosticCodes.BaseUrlInvalid, location,
            $"The base URL must be an absolute http or https address such as https://example.org/jaarverslag/, not '{text}'.");
        return null;
    }
}
