using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>Nothing in input/2022/events or input/2022/sections is silently taken or silently passed over.</summary>
public class ContentFolderTests
{
    private const string Event = "---\ntitle: Extra gebeurtenis {0}\ndate: 2022-02-09\n---\nTekst.\n";

    [Theory]
    [InlineData("input/2022/events/2022-02-09-x.MD")]
    [InlineData("input/2022/events/2022-02-09-x.markdown")]
    [InlineData("input/2022/events/2022-02-09-x.Markdown")]
    public void Markdown_files_in_any_case_and_with_the_long_extension_are_read(string path)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Event, "x"));
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Checked 25 events, 27 pages", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("input/2022/events/extra/2022-02-09-x.md", "Events are not read from subfolders, so this one would not be published: move it to input/2022/events/.")]
    [InlineData("input/2022/events/a/b/2022-02-09-x.markdown", "Events are not read from subfolders, so this one would not be published: move it to input/2022/events/.")]
    [InlineData("input/2022/sections/oud/slot.md", "Chapters are not read from subfolders, so this one would not be published: move it to input/2022/sections/.")]
    public void A_text_in_a_subfolder_is_an_error(string path, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Event, "x"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}(1,1): error RPT020: {message}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_folder_is_an_error_wherever_it_leads()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.CreateDirectory(Path.Combine(site.Year, "events", "fotos"));
        Directory.CreateSymbolicLink(Path.Combine(site.Year, "events", "sub"), "..");
        Directory.CreateSymbolicLink(Path.Combine(site.Year, "events", "binnen"), "fotos");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/2022/events/sub(1,1): error RPT006:", result.Error, StringComparison.Ordinal);
        Assert.Contains("input/2022/events/binnen(1,1): error RPT020: This is a link to a folder, which is never followed", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/2022/events/notes.txt")]
    [InlineData("input/2022/events/2022-02-09-x.txt")]
    [InlineData("input/2022/events/extra/lees-mij")]
    [InlineData("input/2022/sections/concept.docx")]
    public void Any_other_file_is_a_warning_that_names_it(string path)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(path, "tekst");
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{path}(1,1): warning RPT021: This file is not read: only Markdown files (ending in .md) in ", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, site.Run("check", "--strict").ExitCode);
    }

    [Theory]
    [InlineData("input/2022/events/.2022-02-09-v.md")]
    [InlineData("input/2022/events/.#2022-02-09-v.md")]
    [InlineData("input/2022/events/2022-02-09-v.md~")]
    [InlineData("input/2022/events/#2022-02-09-v.md#")]
    [InlineData("input/2022/events/.2022-02-09-v.md.swp")]
    [InlineData("input/2022/events/2022-02-09-v.md.bak")]
    [InlineData("input/2022/events/.verborgen/2022-02-09-v.md")]
    [InlineData("input/2022/events/foto.jpg")]
    [InlineData("input/2022/events/fotos/loket.PNG")]
    public void Hidden_files_editor_leftovers_and_images_are_passed_over_as_documented(string path)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Event, "v"));
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Checked 24 events, 26 pages", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }
}
