using System.CommandLine;
using System.CommandLine.Parsing;

namespace Generator;

/// <summary>
/// An option that names a folder (<c>--input</c>, <c>--theme</c>, <c>--output</c>), relative to the working folder or
/// absolute. An empty or blank value, or one with a control character, is a usage error that names the option; so is an
/// existing file where a folder is meant, or a symbolic link that leads anywhere but to a folder. A folder that does not exist is left to the build, which says what it needed there.
/// </summary>
public static class FolderOption
{
    /// <summary>The option with its rule; its help shows <paramref name="defaultValue"/> as typed (relative).</summary>
    /// <param name="workingFolder">The absolute folder the command runs in, against which the value is checked.</param>
    public static Option<string> Create(string name, string alias, string defaultValue, string workingFolder, string description)
    {
        var option = new Option<string>(name, alias) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result => Validate(result, name, workingFolder));
        return option;
    }

    /// <summary>The option's value made absolute against <paramref name="workingFolder"/>, once, as the command starts.</summary>
    public static string Value(ParseResult result, Option<string> option, string workingFolder) =>
        ShownPath.Absolute(workingFolder, result.GetValue(option)!);

    private static void Validate(OptionResult result, string name, string workingFolder)
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
        else if (new FileInfo(ShownPath.Absolute(workingFolder, value)).LinkTarget is { } target && !Directory.Exists(ShownPath.Absolute(workingFolder, value)))
        {
            result.AddError($"{name} '{value}' is a symbolic link to '{target}', which is not a folder (it leads to a file, to nothing, or back to itself); it must name a folder.");
        }
        else if (File.Exists(ShownPath.Absolute(workingFolder, value)))
        {
            result.AddError($"{name} '{value}' is a file; it must name a folder.");
        }
    }
}
