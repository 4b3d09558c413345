namespace Generator.Serving;

/// <summary>Turns a request path into a path of the site, refusing anything that tries to leave it.</summary>
public static class SitePath
{
    /// <returns>"" for the root, "2022/01/x/" for a folder, "assets/style.css" for a file; null for a path to refuse.</returns>
    public static string? FromRequest(string requestPath)
    {
        // Decode until nothing changes, so that %2e%2e, %252e%252e and the like are all seen for what they are.
        var path = requestPath;
        for (var i = 0; i < 4; i++)
        {
            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                break;
            }

            path = decoded;
        }

        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is ".." or "."))
        {
            return null;
        }

        var trimmed = path.TrimStart('/');
        return trimmed.Contains("//", StringComparison.Ordinal) ? null : trimmed;
    }
}
