using System.Globalization;

namespace Generator.Text;

/// <summary>
/// The one rule for how long a one-line text may be: a heading (<c>title</c> of an event, chapter, year, site or statement,
/// and <c>new event --title</c>) at most <see cref="Title"/> characters, every other one-line value in front matter or a
/// .yml file (a label, caption, alt text, description…) at most <see cref="Line"/>. Lengths are counted in characters
/// (UTF-16 code units) after trimming.
/// </summary>
public static class TextLimits
{
    /// <summary>The longest heading, in characters.</summary>
    public const int Title = 200;

    /// <summary>The longest other one-line value, in characters.</summary>
    public const int Line = 1000;

    /// <summary>The limit of the value of <paramref name="key"/>: <see cref="Title"/> for <c>title</c>, <see cref="Line"/> otherwise.</summary>
    public static int For(string key) => key == "title" ? Title : Line;

    /// <summary>Why <paramref name="text"/> (trimmed) is too long for <paramref name="key"/>, in words for an editor; null when it is not.</summary>
    /// <param name="what">How the message names the value, such as "'title'" or "--title".</param>
    public static string? Problem(string key, string text, string what)
    {
        var length = text.Trim().Length;
        var limit = For(key);
        if (length <= limit)
        {
            return null;
        }

        var shorten = key == "title" ? "Shorten it and put the rest in the text." : "Shorten it.";
        return string.Create(CultureInfo.InvariantCulture,
            $"{what} is {length} characters long; {(key == "title" ? "a heading" : "this value")} may have at most {limit}. {shorten}");
    }
}
