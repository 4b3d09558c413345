using System.Security.Cryptography;
using System.Text;

namespace Generator.Caching;

/// <summary>A short, stable hash of the values a cached result depended on.</summary>
public static class Fingerprint
{
    public static string Of(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
            builder.Append(part?.Length ?? -1).Append(':').Append(part).Append('\u001f');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
