using System.Buffers.Binary;
using NetVips;

namespace Generator.Tests.Images;

/// <summary>Image files made for the tests with libvips itself, and broken ones made by hand.</summary>
public static class TestImages
{
    /// <summary>A JPEG photo with a gradient (so the encoders have something to do), optionally with EXIF GPS and an orientation.</summary>
    public static byte[] Jpeg(int width, int height, int orientation = 1, bool gps = false)
    {
        using var photo = Photo(width, height);
        using var tagged = photo.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", orientation);
            if (gps)
            {
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "52/1 5/1 30/1");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
                m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "4/1 18/1 0/1");
                m.Set(GValue.GStrType, "exif-ifd0-Make", "Testtelefoon");
                m.Set(GValue.BlobType, "xmp-data", System.Text.Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/></x:xmpmeta>"));
            }
        });
        return tagged.JpegsaveBuffer(q: 90);
    }

    public static byte[] Png(int width, int height, bool alpha = false)
    {
        using var photo = Photo(width, height);
        if (!alpha)
        {
            return photo.PngsaveBuffer();
        }

        using var withAlpha = photo.Bandjoin(255);
        return withAlpha.PngsaveBuffer();
    }

    /// <summary>A JPEG in CMYK colours, as made for print.</summary>
    public static byte[] CmykJpeg()
    {
        using var black = Image.Black(64, 48, bands: 4);
        using var cmyk = (black + new double[] { 10, 80, 160, 20 }).Cast(Enums.BandFormat.Uchar);
        using var tagged = cmyk.Copy(interpretation: Enums.Interpretation.Cmyk);
        return tagged.JpegsaveBuffer();
    }

    /// <summary>A GIF with three frames.</summary>
    public static byte[] AnimatedGif()
    {
        using var frames = Photo(32, 96);
        using var paged = frames.Mutate(m => m.Set(GValue.GIntType, "page-height", 32));
        return paged.GifsaveBuffer();
    }

    /// <summary>A PNG with an 'acTL' chunk after its header: an animated PNG as browsers see it.</summary>
    public static byte[] AnimatedPng()
    {
        var png = Png(32, 32);
        byte[] data = [0, 0, 0, 2, 0, 0, 0, 0]; // two frames, played forever
        var chunk = Chunk("acTL", data);
        const int afterHeader = 8 + 25; // signature, then IHDR (length, type, 13 bytes, CRC)
        return [.. png[..afterHeader], .. chunk, .. png[afterHeader..]];
    }

    /// <summary>
    /// A PNG whose header declares 50,000 × 50,000 pixels (7.5 GB once unpacked), followed by a tiny compressed
    /// stream: a decompression bomb, made by hand.
    /// </summary>
    public static byte[] PngBomb()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 50_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 50_000);
        header[8] = 8;  // bit depth
        header[9] = 2;  // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1_000_000]); // zeros compress to almost nothing
        }

        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    public static byte[] Tiff()
    {
        using var photo = Photo(32, 32);
        return photo.TiffsaveBuffer();
    }

    public const string SvgWithScript =
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>\n";

    /// <summary>The fields of an image file as libvips reads them back.</summary>
    public static IReadOnlyList<string> Fields(string file)
    {
        using var image = Image.NewFromFile(file);
        return image.GetFields();
    }

    public static (int Width, int Height) Size(string file)
    {
        using var image = Image.NewFromFile(file);
        return (image.Width, image.Height);
    }

    private static Image Photo(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var scaled = x * new double[] { 255.0 / width, 255.0 / height };
        using var bands = scaled.Bandjoin(128);
        return bands.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32Of([.. typeBytes, .. data]));
        return chunk;
    }

    /// <summary>PNG's CRC-32 (polynomial 0xEDB88320), bit by bit: the chunks here are small.</summary>
    private static uint Crc32Of(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
