using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>An optional front-matter key written with a blank value is an error at it, never passed over as if absent.</summary>
public class BlankValueTests
{
    private const string Loketten = "input/2022/events/2022-02-07-samenvoeging-ind-loketten.md";

    [Theory]
    [InlineData("image_caption: \"   \"")]
    [InlineData("image_caption: ''")]
    [InlineData("image_caption:")]
    [InlineData("image_caption: ~")]
    public void A_blank_image_caption_is_an_error_at_its_line(string line)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/images/breed.png", "");
        site.WriteBytes("input/2022/images/breed.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"));
        site.Edit(Loketten, "month: februari", "month: februari\nimage: ../images/breed.png\nimage_alt: Een vlak\n" + line);

        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("RPT115", error.Code);
        Assert.Equal(Loketten, error.Location!.Path);
        Assert.Equal(7, error.Location.Line);
        Assert.StartsWith("'image_caption'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_image_is_an_error_too()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Loketten, "month: februari", "month: februari\nimage: \"  \"");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("RPT115", error.Code);
        Assert.Equal(new SourceLocation(Loketten, 5, 8), error.Location);
    }
}
