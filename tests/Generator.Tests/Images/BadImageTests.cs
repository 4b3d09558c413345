using System.Diagnostics;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>Every kind of bad image is an error at the Markdown line that uses it, naming the file, in bounded time.</summary>
public class BadImageTests
{
    public static TheoryData<string, string, string> BadFiles() => new()
    {
        // name, code, a phrase the message must contain
        { "bom.png", DiagnosticCodes.ImageTooManyPixels, "50,000 × 50,000 pixels" },
        { "afgebroken.jpg", DiagnosticCodes.ImageDamaged, "damaged or incomplete" },
        { "onzin.jpg", DiagnosticCodes.ImageDamaged, "not an image" },
        { "leeg.jpg", DiagnosticCodes.ImageDamaged, "not an image" },
        { "eigenlijk-png.jpg", DiagnosticCodes.ImageExtensionMismatch, "is a PNG file, but its name ends in '.jpg'" },
        { "zonder-extensie", DiagnosticCodes.ImageExtensionMismatch, "is a JPEG file" },
        { "script.svg", DiagnosticCodes.ImageFormatUnsupported, "SVG" },
        { "vermomd.png", DiagnosticCodes.ImageFormatUnsupported, "SVG" },
        { "scan.tif", DiagnosticCodes.ImageFormatUnsupported, "TIFF" },
        { "bewegend.gif", DiagnosticCodes.ImageAnimated, "animated" },
        { "bewegend.png", DiagnosticCodes.ImageAnimated, "animated" },
        { "drukwerk.jpg", DiagnosticCodes.ImageCmyk, "CMYK" },
        { "te-groot.jpg", DiagnosticCodes.ImageFileTooLarge, "25 MB" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_image_is_an_error_at_the_line_that_uses_it_naming_the_file(string name, string code, string phrase)
    {
        using var site = PhotoSite.Create();
        site.AddImage(name, Make(name));
        var line = site.AppendToEvent($"Inleiding.\n\n![Een foto](../images/{name} \"Foto: IND\")");

        var watch = Stopwatch.StartNew();
        var result = site.Build();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation(PhotoSite.Event, line + 2, 1), error.Location);
        Assert.Contains("input/2022/images/" + name, error.Message, StringComparison.Ordinal);
        Assert.Contains(phrase, error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    public static TheoryData<string, string, string> BadReferences() => new()
    {
        { "![Het loket](../images/bestaat-niet.jpg)", DiagnosticCodes.ImageNotFound, "does not exist" },
        { "![Het loket](../images/)", DiagnosticCodes.ImageNotFound, "does not exist" },
        { "![Het loket]()", DiagnosticCodes.ImageNotFound, "has no path" },
        { "![Het loket](../../../theme/assets/style.css)", DiagnosticCodes.ImageOutsideInput, "leads outside input/" },
        { "![Het loket](../../../../../etc/hostname)", DiagnosticCodes.ImageOutsideInput, "leads outside input/" },
        { "![Het loket](/etc/hostname)", DiagnosticCodes.ImageOutsideInput, "absolute" },
        { "![Het loket](https://example.org/loket.jpg)", DiagnosticCodes.ImageOutsideInput, "another host" },
        { "![Het loket](//example.org/loket.jpg)", DiagnosticCodes.ImageOutsideInput, "another host" },
        { "![](../images/goed.jpg)", DiagnosticCodes.ImageAltMissing, "no alt text" },
        { "![  ](../images/goed.jpg)", DiagnosticCodes.ImageAltMissing, "write a single '-'" },
        { "Zie ![Het loket](../images/goed.jpg \"Foto: IND\") hier.", DiagnosticCodes.ImageCaptionInline, "on a line of its own" },
    };

    [Theory]
    [MemberData(nameof(BadReferences))]
    public void A_bad_reference_is_an_error_at_its_line_and_column(string markdown, string code, string phrase)
    {
        using var site = PhotoSite.Create();
        site.AddImage("goed.jpg", TestImages.Jpeg(100, 80));
        var line = site.AppendToEvent(markdown);

        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation(PhotoSite.Event, line, markdown.IndexOf('!', StringComparison.Ordinal) + 1), error.Location);
        Assert.Contains(phrase, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_to_an_image_outside_input_is_refused()
    {
        using var site = PhotoSite.Create();
        var outside = Path.Combine(site.Root, "buiten.jpg");
        File.WriteAllBytes(outside, TestImages.Jpeg(100, 80));
        Directory.CreateDirectory(Path.Combine(site.Year, "images"));
        File.CreateSymbolicLink(Path.Combine(site.Year, "images", "link.jpg"), outside);
        site.AppendToEvent("![Het loket](../images/link.jpg)");

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ImageOutsideInput, error.Code);
    }

    [Fact]
    public void Every_use_of_a_bad_image_and_every_bad_image_are_reported_in_one_build()
    {
        using var site = PhotoSite.Create();
        site.AddImage("bom.png", TestImages.PngBomb());
        site.AddImage("drukwerk.jpg", TestImages.CmykJpeg());
        var line = site.AppendToEvent("![Bom](../images/bom.png)\n\n![Drukwerk](../images/drukwerk.jpg)\n\n![Bom weer](../images/bom.png)");
        site.Edit("input/2022/sections/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Year, "sections"))[0]), "---\n", "---\n");

        var errors = site.Build().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(
            [(DiagnosticCodes.ImageTooManyPixels, line), (DiagnosticCodes.ImageCmyk, line + 2), (DiagnosticCodes.ImageTooManyPixels, line + 4)],
            errors.Select(e => (e.Code, e.Location!.Line)));
    }

    [Theory]
    [InlineData("image: ../images/goed.jpg", DiagnosticCodes.ImageAltMissing, "image_alt")]
    [InlineData("image: ../images/weg.jpg\nimage_alt: Het loket", DiagnosticCodes.ImageNotFound, "does not exist")]
    [InlineData("image: ../images/bom.png\nimage_alt: Het loket", DiagnosticCodes.ImageTooManyPixels, "input/2022/images/bom.png")]
    [InlineData("image_alt: Het loket", DiagnosticCodes.ImageNotFound, "there is no 'image'")]
    public void A_bad_lead_photo_is_an_error_at_its_key_in_front_matter(string yaml, string code, string phrase)
    {
        using var site = PhotoSite.Create();
        site.AddImage("goed.jpg", TestImages.Jpeg(100, 80));
        site.AddImage("bom.png", TestImages.PngBomb());
        site.AddFrontMatter(yaml);

        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation(PhotoSite.Event, 5, yaml.IndexOf(':', StringComparison.Ordinal) + 3), error.Location);
        Assert.Contains(phrase, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_logo_is_an_error_in_site_yml()
    {
        using var site = PhotoSite.Create();
        site.Edit("input/site.yml", "title:", "logo: images/logo.png\ntitle:");
        var error = Assert.Single(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ImageNotFound, error.Code);
        Assert.Equal("input/site.yml", error.Location!.Path);
    }

    /// <summary>The first 60 % of a file, as an interrupted download leaves it.</summary>
    private static byte[] Truncated(byte[] bytes) => bytes[..(bytes.Length * 6 / 10)];

    private static byte[] Make(string name) => name switch
    {
        "bom.png" => TestImages.PngBomb(),
        "afgebroken.jpg" => Truncated(TestImages.Jpeg(1200, 900)),
        "onzin.jpg" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))],
        "leeg.jpg" => [],
        "eigenlijk-png.jpg" => TestImages.Png(50, 50),
        "zonder-extensie" => TestImages.Jpeg(50, 50),
        "script.svg" => System.Text.Encoding.UTF8.GetBytes(TestImages.SvgWithScript),
        "vermomd.png" => System.Text.Encoding.UTF8.GetBytes(TestImages.SvgWithScript),
        "scan.tif" => TestImages.Tiff(),
        "bewegend.gif" => TestImages.AnimatedGif(),
        "bewegend.png" => TestImages.AnimatedPng(),
        "drukwerk.jpg" => TestImages.CmykJpeg(),
        "te-groot.jpg" => [.. TestImages.Jpeg(50, 50), .. new byte[26 * 1024 * 1024]],
        _ => throw new ArgumentException(name),
    };
}
