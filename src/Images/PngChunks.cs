using System.Buffers.Binary;

namespace Generator.Images;

/// <summary>Walks a PNG's chunks up to its image data: an animated PNG (APNG) has an 'acTL' chunk before 'IDAT'.</summary>
public static class PngChunks
{
    public static bool IsAnimated(ReadOnlySpan<byte> png)
    {
        var at = 8; // after the signature
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            var type = png.Slice(at + 4, 4);
            if (type.SequenceEqual("acTL"u8))
            {
                return true;
            }

            if (type.SequenceEqual("IDAT"u8) || length > (uint)png.Length)
            {
                return false;
            }

            at += 12 + (int)length;
        }

        return false;
    }
}
