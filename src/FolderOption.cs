using System.CommandLine.Parsing;

namespace Generator;

/// <summary>
/// The rule for an option that names a folder (<c>--input</c>, <c>--theme</c>, <c>--output</c>): an empty or blank value,
/// or one with a control character, is a usage error that names the option; so is an existing file where a folder is meant.
/// A folder that does not exist is left to the build, which says what it needed there.
/// </summary>
public static class FolderOption
{
    /// <summary>Adds the rule to an option's validators.</summary>
    public static System.CommandLine.Option<string> Checked(System.CommandLine.Option<string> option)
    {
        option.Validators.Add(result => Validate(result, option.Name));
        return option;
    }

    private static void Validate(OptionResult result, string name)
    {
        if (result.Implicit || result.Tokens.Count == 0)
        {
            return;
        }

        var value = result.Tokens[0].Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            result.AddError($"{name} needs a folder, not an empty value; leave {name} out to use the default.");
        }
        else if (value.Any(char.IsControl))
        {
            result.AddError($"{name} '{value.Replace("\0", "\\0", StringComparison.Ordinal)}' holds a control character (such as a line break), which no folder name should have.");
        }
        else if (File.Exists(value))
        {
            result.AddError($"{name} '{value}' is a file; it must name a folder.");
        }
    }
}
