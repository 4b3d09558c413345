using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>What is published of a photo: turned upright, without metadata, the same bytes every time, encoded once.</summary>
public class ImageProcessingTests
{
    [Fact]
    public void A_phone_photo_is_published_upright_and_without_its_location_or_any_other_metadata()
    {
        using var site = PhotoSite.Create();
        // Stored 2000 × 1500 with EXIF orientation 6: the camera was turned, the photo is 1500 wide and 2000 high.
        var original = TestImages.Jpeg(2000, 1500, orientation: 6, gps: true);
        site.AddImage("telefoon.jpg", original);
        var before = TestImages.Fields(Path.Combine(site.Year, "images", "telefoon.jpg"));
        Assert.Contains("exif-ifd3-GPSLatitude", before);
        Assert.Contains("xmp-data", before);
        site.AppendToEvent("![Collega's bij de koffieautomaat](../images/telefoon.jpg)");
        site.BuildSuccessfully();

        var published = Directory.GetFiles(Path.Combine(site.Output, "images"));
        Assert.Equal(8, published.Length); // 480, 800, 1200 and 1500 wide, each as WebP and JPEG
        foreach (var file in published)
        {
            var fields = TestImages.Fields(file);
            Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation");
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Testtelefoon"u8));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));

            var (width, height) = TestImages.Size(file);
            Assert.True(height > width, $"{Path.GetFileName(file)} is {width} × {height}: the orientation was not applied");
            Assert.Equal(width * 4 / 3, height, tolerance: 1);
        }

        var img = site.Page().QuerySelector("figure.photo img")!;
        Assert.Equal(("800", "1067"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void The_same_photo_gives_the_same_bytes_when_encoded_again()
    {
        using var site = PhotoSite.Create();
        site.AddImage("loket.jpg", TestImages.Jpeg(1700, 1100, gps: true));
        site.AddImage("schema.png", TestImages.Png(900, 700, alpha: true));
        site.AppendToEvent("![Het loket](../images/loket.jpg)\n\n![Een schema](../images/schema.png)");
        var first = site.BuildSuccessfully();
        var output = site.OutputFingerprint();

        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        Directory.Delete(site.Output, recursive: true);
        var second = site.BuildSuccessfully();

        Assert.Equal(2, first.ImagesEncoded);
        Assert.Equal(2, second.ImagesEncoded);
        Assert.Equal(output, site.OutputFingerprint());
    }

    [Fact]
    public void A_rebuild_takes_every_image_from_the_cache_and_a_changed_photo_alone_is_encoded_again()
    {
        using var site = PhotoSite.Create();
        site.AddImage("a.jpg", TestImages.Jpeg(1000, 800));
        site.AddImage("b.jpg", TestImages.Jpeg(1200, 800));
        // The same photo twice in one build is encoded once.
        site.AppendToEvent("![Foto A](../images/a.jpg)\n\n![Foto B](../images/b.jpg)\n\n![Foto A nog eens](../images/a.jpg)");
        Assert.Equal(2, site.BuildSuccessfully().ImagesEncoded);
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".cache", "images")));
        var output = site.OutputFingerprint();

        Assert.Equal(0, site.BuildSuccessfully().ImagesEncoded);
        Assert.Equal(output, site.OutputFingerprint());

        site.AddImage("b.jpg", TestImages.Jpeg(1200, 900));
        Assert.Equal(1, site.BuildSuccessfully().ImagesEncoded);
        Assert.DoesNotContain(site.OutputFiles(), f => output.ContainsKey(f) && f.StartsWith("images/b-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_without_images_publishes_no_images_folder()
    {
        using var site = PhotoSite.Create();
        var result = site.BuildSuccessfully();
        Assert.Equal(0, result.ImagesEncoded);
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("images/", StringComparison.Ordinal));
    }
}
