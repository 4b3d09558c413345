namespace Generator.Images;

/// <summary>One published width of an image, encoded as WebP and as JPEG (the fallback).</summary>
/// <param name="Width">In pixels, after EXIF orientation.</param>
/// <param name="Height">In pixels, after EXIF orientation.</param>
public sealed record EncodedImage(int Width, int Height, byte[] WebP, byte[] Jpeg);
