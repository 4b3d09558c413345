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

    /// <summary>
    /// The length the folder's listing found is trusted for the limit and the read; a file that changed since gives
    /// what it holds now, whole: one that grew (saved while the build ran, or listed empty) is never cut at the listed length.
    /// </summary>
    [Theory]
    [InlineData(null, "titel: één\n")]
    [InlineData(13L, "titel: één\n")]
    [InlineData(40L, "titel: één\n")]
    [InlineData(5L, "titel: één\n")]
    [InlineData(12L, "titel: één\n")]
    [InlineData(0L, "titel: één\n")]
    public void A_file_is_read_with_the_length_its_listing_found(long? listed, string expected)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "titel: één\n");
            var diagnostics = new DiagnosticBag();
            Assert.Equal(expected, TextFileReader.Read(file, "x.md", diagnostics, listed));
            Assert.Empty(diagnostics.ToSortedList());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_listed_length_over_the_limit_is_an_error_and_the_file_is_not_read()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TextFileReader.Read("/nonexistent/x.md", "x.md", diagnostics, TextFileReader.MaxFileBytes + 1));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.FileTooLarge, error.Code);
        Assert.Equal("x.md(1,1): error RPT", error.ToString()[..20]);
    }

    [Fact]
    public void A_file_that_went_after_its_listing_is_an_error_not_a_crash()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TextFileReader.Read(Path.Combine(Path.GetTempPath(), $"gone-{Guid.NewGuid():N}.md"), "x.md", diagnostics, 10));
        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
