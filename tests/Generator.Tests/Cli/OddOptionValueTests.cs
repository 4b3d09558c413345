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

    /// <summary>Every option of every command that takes a value, found in the real command tree (so a new option is
    /// covered by itself), with the arguments that lead to it.</summary>
    public static TheoryData<string[], string, string> EveryValueOption()
    {
        var data = new TheoryData<string[], string, string>();
        void Walk(System.CommandLine.Command command, string[] path)
        {
            foreach (var option in command.Options.Where(o => o.ValueType != typeof(bool) && o.Arity.MaximumNumberOfValues > 0))
            {
                foreach (var value in new[] { "", " ", "\t" })
                {
                    data.Add(path, option.Name, value);
                }
            }

            foreach (var sub in command.Subcommands)
            {
                Walk(sub, [.. path, sub.Name]);
            }
        }

        Walk(Generator.CommandLine.Create(Support.Cli.DefaultFolder, TextWriter.Null, TextWriter.Null), []);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryValueOption))]
    public void Every_option_with_an_empty_or_blank_value_is_a_usage_error_naming_it(string[] command, string option, string value)
    {
        using var site = TestSite.CopyOfRealReport();
        var others = command switch
        {
            ["new", "event"] => new Dictionary<string, string> { ["--input"] = site.Input, ["--title"] = "x", ["--date"] = "2022-03-04" },
            ["new", "year"] => new Dictionary<string, string> { ["--input"] = site.Input },
            _ => new Dictionary<string, string> { ["--input"] = site.Input, ["--theme"] = site.Theme },
        };
        others.Remove(option);
        string[] positional = command is ["new", "year"] ? ["2023"] : [];
        string[] args = [.. command, .. positional, .. others.SelectMany(o => new[] { o.Key, o.Value }), option, value];
        var result = Support.Cli.RunInProcess(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches($"^generator: error: {option}[ :]", result.Error);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a usage error builds nothing");
    }

    /// <summary>Every argument, and every option whose value is not text, of every command in the real command tree, with
    /// a value of the wrong type: .NET's own "Cannot parse argument ... as expected type 'System.Int32'" must never show.</summary>
    public static TheoryData<string[], string> EveryTypedValue()
    {
        var data = new TheoryData<string[], string>();
        void Walk(System.CommandLine.Command command, string[] path)
        {
            foreach (var argument in command.Arguments)
            {
                foreach (var value in new[] { "2024x", "", " ", "1e3" })
                {
                    data.Add([.. path, value], argument.Name);
                }
            }

            foreach (var option in command.Options.Where(o => o.ValueType != typeof(bool) && o.ValueType != typeof(string) && o.Arity.MaximumNumberOfValues > 0))
            {
                foreach (var value in new[] { "2024x", "1e3" })
                {
                    data.Add([.. path, option.Name, value], option.Name);
                }
            }

            foreach (var sub in command.Subcommands)
            {
                Walk(sub, [.. path, sub.Name]);
            }
        }

        Walk(Generator.CommandLine.Create(Support.Cli.DefaultFolder, TextWriter.Null, TextWriter.Null), []);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypedValue))]
    public void Every_argument_and_typed_option_with_a_value_of_the_wrong_type_gets_words_not_a_dotnet_type(string[] args, string name)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("generator: error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("expected type", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot parse", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "2024")), $"a wrong {name} writes nothing");
    }

    [Theory]
    [InlineData("build", "--base-url", "ftp://example.org/", "--base-url must be an absolute http or https address such as https://example.org/jaarverslag/, not 'ftp://example.org/'.")]
    [InlineData("check", "--base-url", "example.org", "--base-url must be an absolute http or https address such as https://example.org/jaarverslag/, not 'example.org'.")]
    [InlineData("serve", "--base-url", "https://example.org/?a=1", "--base-url holds a query ('?…'), which the address of every page would repeat wrongly: remove it, and write only the folder the site is published in, like https://example.org/jaarverslag/.")]
    [InlineData("build", "--base-url", "https://user:geheim@ex.org/", "--base-url holds a user name or password before the host (the part up to '@'): remove 'user:password@'. Published pages must not carry a password, and every canonical link and the sitemap would show it.")]
    [InlineData("build", "--base-url", " a b/", "--base-url holds a space at character 1, which an address cannot hold: remove it (a space in a folder name is written %20).")]
    [InlineData("build", "--base-url", "", "--base-url needs an absolute http or https address such as https://example.org/jaarverslag/, not an empty value; leave --base-url out to use base_url from site.yml.")]
    [InlineData("serve", "--port", "", "--port needs a port number from 0 to 65535 (0 picks a free one), not an empty value.")]
    [InlineData("serve", "--port", "65536", "--port needs a port number from 0 to 65535 (0 picks a free one), not '65536'.")]
    [InlineData("serve", "--port", "-1", "--port needs a port number from 0 to 65535 (0 picks a free one), not '-1'.")]
    [InlineData("serve", "--port", "tachtig", "--port needs a port number from 0 to 65535 (0 picks a free one), not 'tachtig'.")]
    public void An_invalid_value_is_a_usage_error_that_says_what_is_needed(string command, string option, string value, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = Support.Cli.RunInProcess(command, "--input", site.Input, "--theme", site.Theme, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"generator: error: {message}\n{Program.HelpHint}\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_invalid_year_is_a_usage_error_that_says_what_is_needed()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = Support.Cli.RunInProcess("new", "event", "--input", site.Input, "--title", "x", "--month", "maart", "--year", "twintig");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("generator: error: --year needs a year of four digits, like 2023 (from 1900 to 2999), not 'twintig'.", result.Error, StringComparison.Ordinal);
    }
}
