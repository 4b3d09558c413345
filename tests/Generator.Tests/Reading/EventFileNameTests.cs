using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>A file name's date prefix that disagrees with the front matter is a warning at the date or month line.</summary>
public class EventFileNameTests
{
    [Theory]
    [InlineData("2022-02-07-x.md", "date: 2022-05-01", "(3,7): warning RPT113: The file name starts with 2022-02-07 but 'date' says 2022-05-01, so the event is published under mei. Correct 'date' if the file name is right, or rename the file to start with 2022-05-01- if 'date' is.")]
    [InlineData("2022-05-07-x.md", "date: 2022-05-01", "(3,7): warning RPT113: The file name starts with 2022-05-07 but 'date' says 2022-05-01")]
    [InlineData("2021-05-01-x.md", "date: 2022-05-01", "(3,7): warning RPT113: The file name starts with 2021-05-01 but 'date' says 2022-05-01")]
    [InlineData("2022-02-x.md", "date: 2022-05-01", "(3,7): warning RPT113: The file name starts with 2022-02 but 'date' says 2022-05-01")]
    [InlineData("2022-02-x.md", "month: mei", "(3,8): warning RPT113: The file name starts with 2022-02 but 'month' says mei, so the event is published under mei. Correct 'month' if the file name is right, or rename the file to start with 2022-05- if 'month' is.")]
    [InlineData("2022-02-07-x.md", "month: mei", "(3,8): warning RPT113: The file name starts with 2022-02-07 but 'month' says mei")]
    [InlineData("2021-05-x.md", "month: mei", "(3,8): warning RPT113: The file name starts with 2021-05 but 'month' says mei")]
    public void A_disagreeing_file_name_is_a_warning_at_the_line_that_decides(string name, string line, string expected)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/" + name, $"---\ntitle: Verschoven gebeurtenis\n{line}\n---\nTekst.\n");
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"input/2022/events/{name}{expected}", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, site.Run("check", "--strict").ExitCode);
    }

    [Theory]
    [InlineData("2022-05-01-x.md", "date: 2022-05-01")]
    [InlineData("2022-05-x.md", "date: 2022-05-01")]
    [InlineData("2022-05-x.md", "month: mei")]
    [InlineData("2022-05-01-x.md", "month: mei")]
    [InlineData("verschoven.md", "date: 2022-05-01")]
    [InlineData("2022-13-01-x.md", "date: 2022-05-01")]
    public void An_agreeing_or_undated_file_name_gives_no_warning(string name, string line)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/" + name, $"---\ntitle: Verschoven gebeurtenis\n{line}\n---\nTekst.\n");
        var result = site.Run("check");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }
}
