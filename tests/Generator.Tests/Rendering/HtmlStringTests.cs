using System.Text;
using Generator.Rendering;

namespace Generator.Tests.Rendering;

public class HtmlStringTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Baten &amp; lasten</p>\n")]
    [InlineData("<p>Oekraïne, één, “aanhalingstekens” en een emoji 🇳🇱</p>\n")]
    public void Html_held_as_UTF8_gives_back_the_same_text_and_bytes(string html)
    {
        var kept = HtmlString.FromUtf8(html);
        var plain = new HtmlString(html);

        Assert.Equal(html, kept.Value);
        Assert.Equal(html, kept.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(html), kept.Utf8.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(html), plain.Utf8.ToArray());
    }

    [Fact]
    public void Html_that_UTF8_cannot_hold_is_refused_rather_than_changed()
    {
        // A lone surrogate would silently become U+FFFD.
        Assert.Throws<EncoderFallbackException>(() => HtmlString.FromUtf8("a\uD800b"));
    }
}
