using System.Buffers;
using System.Text;

namespace Generator.Rendering;

public static class Html
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Escapes text for HTML content and quoted attribute values alike; leaves other characters as they are.</summary>
    public static string Encode(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        // The text between two special characters is copied in one piece, found by a vectorised search.
        var builder = new StringBuilder(text.Length + 32);
        var start = 0;
        while (first >= 0)
        {
            builder.Append(text, start, first).Append(Entity(text[start + first]));
            start += first + 1;
            first = text.AsSpan(start).IndexOfAny(Special);
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>Writes <paramref name="text"/> escaped as <see cref="Encode(string)"/> does, without making the escaped text as a string first.</summary>
    public static void Encode(TextWriter writer, string text)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Special); at >= 0; at = rest.IndexOfAny(Special))
        {
            writer.Write(rest[..at]);
            writer.Write(Entity(rest[at]));
            rest = rest[(at + 1)..];
        }

        writer.Write(rest);
    }

    /// <summary>The character reference for one of the five special characters.</summary>
    private static string Entity(char special) => special switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
