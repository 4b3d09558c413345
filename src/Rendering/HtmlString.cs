using System.Text;

namespace Generator.Rendering;

/// <summary>
/// HTML that is already safe (rendered Markdown, a rendered partial): written by templates as it is. Made from a string,
/// or from UTF-8 (<see cref="FromUtf8"/>) for a text kept until the last page and data file that show it are written:
/// half the memory of a string for Dutch prose, and written into the JSON files without a conversion.
/// </summary>
public sealed class HtmlString
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _text;
    private readonly byte[]? _utf8;

    public HtmlString(string value) => _text = value;

    private HtmlString(byte[] utf8) => _utf8 = utf8;

    /// <summary>The HTML as a string: the one it was made from, or (when held as UTF-8) decoded anew at each call.</summary>
    public string Value => _text ?? Strict.GetString(_utf8!);

    /// <summary>The HTML held as UTF-8 (its bytes, without a byte order mark).</summary>
    /// <exception cref="EncoderFallbackException">Never for text made by the generator: a lone surrogate cannot be held.</exception>
    public static HtmlString FromUtf8(string value) => new(Strict.GetBytes(value));

    /// <summary>The HTML as UTF-8: the bytes it is held as, else the string encoded anew.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8 ?? Strict.GetBytes(_text!);

    public override string ToString() => Value;
}
