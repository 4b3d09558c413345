namespace Generator.Images;

/// <summary>
/// The alt-text rule (WCAG 1.1.1), the same for Markdown and front matter: every image needs alt text; a purely
/// decorative one is marked by writing exactly <c>-</c>, and is then published with <c>alt=""</c>.
/// </summary>
public static class ImageAlt
{
    /// <summary>The alt text that marks an image as decorative.</summary>
    public const string DecorativeMark = "-";

    /// <summary>What to tell an editor whose image has no alt text.</summary>
    public const string Hint =
        "Describe what the image shows for readers who cannot see it, like ![Medewerkers bij het loket in Zwolle](loket.jpg). For a purely decorative image, write a single '-' as the alt text: ![-](lijn.png).";

    /// <summary>The alt attribute for the text as written: the text itself, "" for the decorative mark, or null when missing.</summary>
    public static string? Attribute(string? written)
    {
        var text = written?.Trim();
        return string.IsNullOrEmpty(text) ? null : text == DecorativeMark ? "" : text;
    }
}
