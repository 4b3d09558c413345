using AngleSharp.Dom;
using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>What a reader's browser gets for an image: a picture with WebP and JPEG in every width, sized, described and captioned.</summary>
public class ImageMarkupTests
{
    [Fact]
    public void An_image_on_its_own_line_becomes_a_figure_with_every_width_alt_text_size_and_caption()
    {
        using var site = PhotoSite.Create();
        site.AddImage("loket.jpg", TestImages.Jpeg(2000, 1500));
        site.AppendToEvent("![Medewerkers bij het loket in Zwolle](../images/loket.jpg \"Foto: Jan Jansen\")");
        site.BuildSuccessfully();

        foreach (var (page, root) in new[] { ("2022/index.html", "../"), (PhotoSite.EventPage, "../../../") })
        {
            var figure = Assert.Single(site.Page(page).QuerySelectorAll("figure.photo"));
            Assert.Equal("Foto: Jan Jansen", figure.QuerySelector("figcaption")!.TextContent);
            var print = figure.QuerySelector("picture > source[media='print']")!;
            var source = figure.QuerySelector("picture > source[type='image/webp']")!;
            var img = figure.QuerySelector("picture > img")!;
            Assert.Equal("image/webp", source.GetAttribute("type"));
            Assert.Equal("Medewerkers bij het loket in Zwolle", img.GetAttribute("alt"));
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Equal("async", img.GetAttribute("decoding"));
            Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
            Assert.Contains("42rem", img.GetAttribute("sizes"), StringComparison.Ordinal);

            var webp = SourceSet(source);
            var jpeg = SourceSet(img);
            Assert.Equal([480, 800, 1200, 1600], webp.Select(c => c.Width));
            Assert.Equal([480, 800, 1200, 1600], jpeg.Select(c => c.Width));
            Assert.All(webp, c => Assert.EndsWith(".webp", c.Url, StringComparison.Ordinal));
            Assert.All(jpeg, c => Assert.EndsWith(".jpg", c.Url, StringComparison.Ordinal));
            Assert.Equal(jpeg[^1].Url, print.GetAttribute("srcset")); // print and the PDF take the widest JPEG

            // Every candidate exists, is as wide as it says, and keeps the photo's proportions.
            foreach (var candidate in webp.Concat(jpeg))
            {
                Assert.StartsWith(root + "images/", candidate.Url, StringComparison.Ordinal);
                var (width, height) = TestImages.Size(Path.Combine(site.Output, candidate.Url[root.Length..]));
                Assert.Equal(candidate.Width, width);
                Assert.Equal(candidate.Width * 3 / 4, height);
            }

            // width and height are those of the fallback src, so the browser reserves the right space.
            var src = img.GetAttribute("src")!;
            Assert.Equal(root + jpeg.Single(c => c.Width == 800).Url[root.Length..], src);
            Assert.Equal("800", img.GetAttribute("width"));
            Assert.Equal("600", img.GetAttribute("height"));
        }
    }

    [Fact]
    public void A_small_image_is_never_upscaled()
    {
        using var site = PhotoSite.Create();
        site.AddImage("klein.png", TestImages.Png(600, 300));
        site.AppendToEvent("![Een klein schema](../images/klein.png)");
        site.BuildSuccessfully();

        var img = site.Page().QuerySelector("figure.photo img")!;
        Assert.Equal([480, 600], SourceSet(img).Select(c => c.Width));
        Assert.Null(site.Page().QuerySelector("figure.photo figcaption"));
    }

    [Fact]
    public void An_image_inside_a_sentence_is_an_inline_picture_and_a_decorative_one_gets_empty_alt_text()
    {
        using var site = PhotoSite.Create();
        site.AddImage("lijn.png", TestImages.Png(900, 20, alpha: true));
        site.AddImage("pictogram.png", TestImages.Png(64, 64));
        site.AppendToEvent("Een tekst met ![-](../images/lijn.png) en een ![pictogram van een loket](../images/pictogram.png) erin.");
        site.BuildSuccessfully();

        var paragraph = site.Page().QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Een tekst met", StringComparison.Ordinal));
        Assert.Equal("Een tekst met  en een  erin.", paragraph.TextContent);
        var images = paragraph.QuerySelectorAll("picture > img");
        Assert.Equal(["", "pictogram van een loket"], images.Select(i => i.GetAttribute("alt")));
        Assert.Empty(site.Page().QuerySelectorAll("figure.photo"));
    }

    [Fact]
    public void A_lead_photo_stands_at_the_top_of_its_page_fetched_at_once_and_beside_its_event_in_the_report()
    {
        using var site = PhotoSite.Create();
        site.AddImage("cultuurscan.jpg", TestImages.Jpeg(1600, 1200));
        site.AddFrontMatter("image: ../images/cultuurscan.jpg\nimage_alt: Medewerkers vullen de cultuurscan in\nimage_caption: \"Foto: IND\"");
        site.BuildSuccessfully();

        var onPage = site.Page(PhotoSite.EventPage).QuerySelector("article.event-page > figure.lead-photo")!;
        Assert.Equal("h1", onPage.PreviousElementSibling?.PreviousElementSibling?.LocalName);
        var img = onPage.QuerySelector("img")!;
        Assert.Equal("Medewerkers vullen de cultuurscan in", img.GetAttribute("alt"));
        Assert.False(img.HasAttribute("loading"));
        Assert.Equal("Foto: IND", onPage.QuerySelector("figcaption")!.TextContent);

        var beside = site.Page().QuerySelector("#ind-onderzoekt-interne-cultuur figure.lead-photo.beside img")!;
        Assert.Equal("lazy", beside.GetAttribute("loading"));
        Assert.Contains("17rem", beside.GetAttribute("sizes"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_photo_is_the_pages_og_image_only_when_the_site_has_an_absolute_address()
    {
        using var site = PhotoSite.Create();
        site.AddImage("cultuurscan.jpg", TestImages.Jpeg(1600, 1200));
        site.AddFrontMatter("image: ../images/cultuurscan.jpg\nimage_alt: Medewerkers vullen de cultuurscan in");
        site.BuildSuccessfully();
        Assert.Null(site.Page(PhotoSite.EventPage).QuerySelector("meta[property='og:image']"));

        site.Edit("input/site.yml", "title:", "base_url: https://example.org/jaaroverzicht/\ntitle:");
        site.BuildSuccessfully();
        var page = site.Page(PhotoSite.EventPage);
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches("^https://example.org/jaaroverzicht/images/cultuurscan-[0-9a-f]{12}-1200.jpg$", image);
        Assert.True(File.Exists(Path.Combine(site.Output, image["https://example.org/jaaroverzicht/".Length..])));
        Assert.Equal("Medewerkers vullen de cultuurscan in", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_logo_from_site_yml_is_in_every_pages_header()
    {
        using var site = PhotoSite.Create();
        // Shared by every year: in input/images/, beside site.yml.
        Directory.CreateDirectory(Path.Combine(site.Input, "images"));
        site.WriteBytes("input/images/logo.png", TestImages.Png(400, 120, alpha: true));
        site.Edit("input/site.yml", "title:", "logo: images/logo.png\ntitle:");
        site.BuildSuccessfully();

        foreach (var (page, root) in new[] { ("index.html", ""), ("2022/index.html", "../"), (PhotoSite.EventPage, "../../../") })
        {
            var logo = site.Page(page).QuerySelector(".site-name a .site-logo img")!;
            Assert.Equal("", logo.GetAttribute("alt")); // the link's text names the site
            Assert.StartsWith(root + "images/logo-", logo.GetAttribute("src"), StringComparison.Ordinal);
        }
    }

    private static List<(string Url, int Width)> SourceSet(IElement element) =>
        [.. element.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).Select(p => (p[0], int.Parse(p[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)))];

    [Theory]
    [InlineData(Generator.Images.ImageMarkup.ColumnSizes, 64, "(min-width: 44rem) min(42rem, 64px), min(calc(100vw - 2rem), 64px)")]
    [InlineData(Generator.Images.ImageMarkup.BesideSizes, 1600, "(min-width: 44rem) min(17rem, 1600px), min(calc(100vw - 2rem), 1600px)")]
    [InlineData(Generator.Images.ImageMarkup.LogoSizes, 300, "min(8rem, 300px)")]
    public void Sizes_never_claim_a_width_beyond_the_widest_file(string sizes, int widest, string expected) =>
        Assert.Equal(expected, Generator.Images.ImageMarkup.NoWiderThan(sizes, widest));
}
