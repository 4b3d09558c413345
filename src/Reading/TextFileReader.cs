using System.Text;
using Generator.Diagnostics;
using Generator.Text;

namespace Generator.Reading;

/// <summary>Reads a text file strictly as UTF-8 and normalises its line ends to LF.</summary>
public static class TextFileReader
{
    // .NET's default decoder silently replaces invalid bytes with U+FFFD; this one throws instead.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>No event, chapter, settings or template file is anywhere near this; a larger one is a mistake or an attack.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>A file full of control characters is one mistake, not thousands.</summary>
    private const int MaxReportedPerFile = 20;

    /// <summary>Reads <paramref name="fullPath"/> as text; null, with the problem in <paramref name="diagnostics"/>, when it cannot be.</summary>
    /// <param name="length">The file's length in bytes as its folder's listing found it; null to look it up here.</param>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics, long? length = null)
    {
        byte[] bytes;
        try
        {
            // An empty listing is looked at again (cheap, and rare): the file may have been saved since.
            length = length is null or 0 ? new FileInfo(fullPath).Length : length;
            if (length > MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(displayPath, 1, 1),
                    $"The file is {(length.Value / 1024 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} MB; a text or settings file may be at most 1 MB. Split the text, or check that this is the file you meant.");
                return null;
            }

            // Not opened when empty: a named pipe (FIFO) or device looks empty, and opening it would wait forever.
            // A file that grew after the listing (saved while the build ran) is read again whole, never cut at the listed length.
            if ((length == 0 ? [] : ReadBytes(fullPath, (int)length.Value)) is not { } read)
            {
                return Read(fullPath, displayPath, diagnostics);
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath, 1, 1),
                $"The file cannot be read: {e.Message}");
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>
    /// The first <paramref name="length"/> bytes of a file (fewer when it has fewer), read through a handle with the
    /// length already known: File.ReadAllBytes would look the length up again and seek, for every text of the site.
    /// Null when the file has more bytes than that: it grew after its length was found.
    /// </summary>
    private static byte[]? ReadBytes(string fullPath, int length)
    {
        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bytes = new byte[length];
        var read = 0;
        while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var got and > 0)
        {
            read += got;
        }

        Span<byte> more = stackalloc byte[1];
        if (read == length && RandomAccess.Read(handle, more, length) > 0)
        {
            return null;
        }

        return read == length ? bytes : bytes[..read];
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOfByte(bytes, e.Index);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, line, column),
                "The file is not valid UTF-8 text. Save it as UTF-8 in your editor.");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var offset = text.IndexOf('\0', StringComparison.Ordinal);
            var (line, column) = PositionOfChar(text, offset);
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, new SourceLocation(displayPath, line, column),
                "The file contains a NUL byte, so it is not a text file. Save it as UTF-8 text.");
            return null;
        }

        // Composed (NFC), so that text typed on a Mac, which stores "e" plus a combining accent, is the same text.
        // Checked first: normalisation refuses the noncharacters U+FFFE and U+FFFF. A file with control characters is still
        // returned (not normalised), so that its other problems are reported in the same build; the errors stop the build.
        text = NormaliseLineEnds(text);
        return ReportControlCharacters(text, displayPath, diagnostics) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Reports every forbidden control character (see <see cref="ControlCharacters"/>) at its place; true when there was one.</summary>
    private static bool ReportControlCharacters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var found = 0;
        for (var i = ControlCharacters.IndexOf(text); i >= 0 && found < MaxReportedPerFile; i = ControlCharacters.IndexOf(text, i + 1))
        {
            var (line, column) = PositionOfChar(text, i);
            diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(displayPath, line, column),
                $"The text contains the invisible control character {ControlCharacters.Describe(text[i])}, usually pasted from another program. Delete it (retype the characters around it if your editor does not show it).");
            found++;
        }

        return found > 0;
    }

    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int Line, int Column) PositionOfChar(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
