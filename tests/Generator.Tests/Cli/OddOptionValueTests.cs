using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>Empty, blank and odd values of every option are usage errors that name the option, never an internal error.</summary>
public class OddOptionValueTests
{
    public static TheoryData<string[], string> FolderOptions()
    {
        var data = new TheoryData<string[], string>();
        string[][] commands = [["build"], ["check"], ["serve"], ["new", "event", "--title", "x", "--date", "2022-03-04"]];
        foreach (var command in commands)
        {
            var options = command[0] == "build" ? new[] { "--input", "--theme", "--output" }
                : command[0] == "new" ? ["--input"] : ["--input", "--theme"];
            foreach (var option in options)
            {
                foreach (var value in new[] { "", " ", "\t", "a\nb", "map\0" })
                {
                    data.Add([.. command, option, value], option);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FolderOptions))]
    public void An_empty_blank_or_control_character_folder_is_a_usage_error_naming_the_option(string[] args, string option)
    {
        var result = Support.Cli.RunInProcess(args);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.StartsWith($"generator: error: {option} ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--input")]
    [InlineData("build", "--theme")]
    [InlineData("build", "--output")]
    [InlineData("check", "--input")]
    public void A_file_where_a_folder_is_meant_is_a_usage_error(string command, string option)
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = Support.Cli.RunInProcess(command, option, file);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"generator: error: {option} '{file}' is a file; it must name a folder.", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("build", "--base-url", "")]
    [InlineData("build", "--base-url", " ")]
    [InlineData("build", "--log-format", "")]
    [InlineData("serve", "--port", "")]
    [InlineData("new", "--title", "")]
    [InlineData("new", "--date", "")]
    [InlineData("new", "--month", "")]
    [InlineData("new", "--year", "")]
    public void Other_options_with_empty_values_never_give_an_internal_error(string command, string option, string value)
    {
        using var site = TestSite.CopyOfRealReport();
        string[] args = command == "new"
            ? ["new", "event", "--input", site.Input, "--title", "x", "--date", "2022-03-04", option, value]
            : [command, "--input", site.Input, "--theme", site.Theme, "--output", site.Output, option, value];
        var result = Support.Cli.RunInProcess(args);
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.Contains(option == "--base-url" ? "base URL" : option, result.Error, StringComparison.Ordinal);
    }
}
