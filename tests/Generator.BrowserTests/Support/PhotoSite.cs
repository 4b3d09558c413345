using NetVips;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The real report with photos (the real input/ has none): a lead photo, a captioned figure, an inline and a
/// decorative image, and a logo, all made here with libvips.
/// </summary>
public sealed class PhotoSite : BrowserSite
{
    public const string EventPage = "2022/01/ind-onderzoekt-interne-cultuur/index.html";

    protected override (string Input, string Theme) Source()
    {
        var input = Path.Combine(Folder, "input");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "input"), input);
        var images = Path.Combine(input, "images");
        Directory.CreateDirectory(images);
        File.WriteAllBytes(Path.Combine(images, "loket.jpg"), Photo(2400, 1600));
        File.WriteAllBytes(Path.Combine(images, "telefoon.jpg"), Photo(1200, 1600));
        File.WriteAllBytes(Path.Combine(images, "pictogram.png"), Photo(48, 48, png: true));
        File.WriteAllBytes(Path.Combine(images, "logo.png"), Photo(300, 90, png: true));
        File.WriteAllBytes(Path.Combine(images, "klein.png"), Photo(64, 40, png: true));

        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, "logo: images/logo.png\n" + File.ReadAllText(site));
        var file = Path.Combine(input, "2022", "events", "2022-01-26-ind-onderzoekt-interne-cultuur.md");
        var text = File.ReadAllText(file).Replace("month: januari\n", "month: januari\nimage: ../../images/loket.jpg\nimage_alt: Medewerkers bij het loket\nimage_caption: \"Foto: IND\"\n", StringComparison.Ordinal);
        File.WriteAllText(file, text + "\n\n![Een medewerker met een telefoon](../../images/telefoon.jpg \"Foto: Jan Jansen\")\n\nEen zin met ![pictogram van een loket](../../images/pictogram.png) en ![-](../../images/pictogram.png) erin.\n\n![Een klein schema](../../images/klein.png \"Schema\")\n\n![Nog een klein schema](../../images/klein.png)\n");
        return (input, Path.Combine(RepositoryPaths.Root, "theme"));
    }

    private static byte[] Photo(int width, int height, bool png = false)
    {
        using var x = Image.Xyz(width, height);
        using var scaled = x * new[] { 255.0 / width, 255.0 / height };
        using var rgb = scaled.Bandjoin(140).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return png ? rgb.PngsaveBuffer() : rgb.JpegsaveBuffer();
    }
}

[CollectionDefinition(Name)]
public sealed class PhotoCollection : ICollectionFixture<PhotoSite>
{
    public const string Name = "browser with photos";
}
