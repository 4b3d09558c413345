namespace Generator.Images;

/// <summary>A validated image file: its bytes (at most the size limit), its sniffed format and its stored size in pixels.</summary>
/// <param name="Width">As stored, before EXIF orientation is applied.</param>
/// <param name="Orientation">The EXIF orientation, 1 (upright) to 8; 5 to 8 turn the image a quarter.</param>
public sealed record ImageHeader(byte[] Bytes, ImageFormat Format, int Width, int Height, int Orientation);
