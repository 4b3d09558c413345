using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Writing.Pdf;

/// <summary>
/// Makes Chromium's PDF the same on every run: its creation and modification dates (the clock's) become the report's
/// date, and the file gets a document id (<c>/ID</c>) made from the report's identity and the file's content.
/// The change is made in place, byte for byte, so nothing else in the file moves: the dates are rewritten to the same
/// length within the information dictionary, and the id goes into the trailer, which no cross-reference points into.
/// </summary>
public static partial class PdfStamp
{
    /// <summary>The stamped PDF, or null when the file is not laid out as expected (a classic cross-reference table
    /// and trailer, as Chromium's Skia writes); the caller reports that.</summary>
    /// <param name="date">The date to write as both the creation and the modification date.</param>
    /// <param name="identity">What stays the same across versions of this report (its organisation, title and year).</param>
    public static byte[]? Stamp(byte[] pdf, DateOnly date, string identity)
    {
        var text = RenumberNodeIds(Encoding.Latin1.GetString(pdf));
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailer < 0 || startXref < trailer)
        {
            return null;
        }

        var trailerText = text[trailer..startXref];
        var info = InfoReference().Match(trailerText);
        var xrefOffset = XrefOffset().Match(text, startXref);
        if (!info.Success || !xrefOffset.Success || trailerText.Contains("/ID", StringComparison.Ordinal))
        {
            return null;
        }

        var infoStart = ObjectOffset(text, int.Parse(xrefOffset.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(info.Groups[1].Value, CultureInfo.InvariantCulture));
        var infoEnd = infoStart < 0 ? -1 : text.IndexOf("endobj", infoStart, StringComparison.Ordinal);
        if (infoEnd < 0)
        {
            return null;
        }

        var stamped = new StringBuilder(text);
        var pdfDate = $"(D:{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}000000+00'00')";
        foreach (Match found in DateEntry().Matches(text[infoStart..infoEnd]))
        {
            var value = found.Groups["value"];
            if (value.Length < pdfDate.Length)
            {
                return null;
            }

            // Spaces after the string keep the length, and so every offset after it.
            var at = infoStart + value.Index;
            stamped.Remove(at, value.Length).Insert(at, pdfDate.PadRight(value.Length));
        }

        var closing = text.LastIndexOf(">>", startXref, StringComparison.Ordinal);
        var permanent = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        var changing = Hex(SHA256.HashData(Encoding.Latin1.GetBytes(stamped.ToString())));
        stamped.Insert(closing, $"\n/ID [<{permanent}> <{changing}>]");
        return Encoding.Latin1.GetBytes(stamped.ToString());
    }

    /// <summary>Where object <paramref name="number"/> starts, from the cross-reference table at <paramref name="xref"/>; -1 when not found.</summary>
    private static int ObjectOffset(string text, int xref, int number)
    {
        var section = XrefSection().Match(text, xref);
        if (!section.Success || section.Index != xref)
        {
            return -1;
        }

        var first = int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(section.Groups[2].Value, CultureInfo.InvariantCulture);
        if (number < first || number >= first + count)
        {
            return -1;
        }

        // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, 'n' or 'f', two end bytes.
        var entry = section.Index + section.Length + ((number - first) * 20);
        return entry + 10 <= text.Length && int.TryParse(text.AsSpan(entry, 10), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && text.AsSpan(offset).StartsWith($"{number} 0 obj", StringComparison.Ordinal) ? offset : -1;
    }

    /// <summary>The first 16 bytes, as PDF ids usually are, in hexadecimal.</summary>
    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes, 0, 16);

    /// <summary>
    /// Chromium names the tagged structure's elements after its own DOM node numbers ("/ID (node00000224)", and the same
    /// names in the /IDTree), which shift when it happens to make one node more or fewer (seen under load): each is
    /// renamed by its rank among them, same width, so the bytes and every offset stay as they were and the name tree stays sorted.
    /// </summary>
    internal static string RenumberNodeIds(string text)
    {
        var names = NodeId().Matches(text).Select(m => m.Groups["digits"].Value).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select((digits, rank) => (digits, rank))
            .ToDictionary(x => x.digits, x => x.rank.ToString(CultureInfo.InvariantCulture).PadLeft(x.digits.Length, '0'), StringComparer.Ordinal);
        return NodeId().Replace(text, m => names[m.Groups["digits"].Value] is var renamed && renamed.Length == m.Groups["digits"].Length
            ? "(node" + renamed + ")"
            : m.Value);
    }

    [GeneratedRegex(@"\(node(?<digits>[0-9]{8})\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex XrefOffset();

    [GeneratedRegex(@"xref\s+(\d+)\s+(\d+)\s*?\r?\n")]
    private static partial Regex XrefSection();

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*(?<value>\([^)]*\))")]
    private static partial Regex DateEntry();
}
