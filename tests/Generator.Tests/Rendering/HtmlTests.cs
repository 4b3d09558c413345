using Generator.Rendering;

namespace Generator.Tests.Rendering;

public class HtmlTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Baten en lasten", "Baten en lasten")]
    [InlineData("<", "&lt;")]
    [InlineData("a&b", "a&amp;b")]
    [InlineData("<p class=\"x\">Rock 'n' roll & meer</p>", "&lt;p class=&quot;x&quot;&gt;Rock &#39;n&#39; roll &amp; meer&lt;/p&gt;")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("één > twee", "één &gt; twee")]
    [InlineData("eind<", "eind&lt;")]
    [InlineData("&amp; al", "&amp;amp; al")]
    public void Encode_escapes_the_five_special_characters_and_keeps_the_rest(string text, string expected)
    {
        Assert.Equal(expected, Html.Encode(text));
        using var writer = new StringWriter();
        writer.Write('[');
        Html.Encode(writer, text);
        writer.Write(']');
        Assert.Equal("[" + expected + "]", writer.ToString());
    }

    [Fact]
    public void Encode_keeps_a_long_text_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<p>Alinea {i} & \"meer\"</p>\n"));
        var expected = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        Assert.Equal(expected, Html.Encode(text));
    }
}
