using System.Text;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

public class TextFileReaderTests
{
    [Theory]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\r")]
    [InlineData("\uFEFFa\r\nb\n")]
    public void Line_ends_become_LF_and_a_BOM_is_dropped(string text)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal("a\nb\n", TextFileReader.Decode(Encoding.UTF8.GetBytes(text), "x.md", diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Invalid_UTF8_is_an_error_at_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        byte[] bytes = [.. "title: a\nab"u8, 0xC3, 0x28, .. "\n"u8];
        Assert.Null(TextFileReader.Decode(bytes, "input/2022/events/x.md", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("input/2022/events/x.md(2,3): error RPT002: The file is not valid UTF-8 text. Save it as UTF-8 in your editor.", error.ToString());
    }

    [Fact]
    public void A_NUL_byte_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TextFileReader.Decode("ab\0c"u8, "x.md", diagnostics));
        Assert.Equal(DiagnosticCodes.InvalidUtf8, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
