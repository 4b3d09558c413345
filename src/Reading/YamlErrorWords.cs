using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Generator.Reading;

/// <summary>Turns YamlDotNet's parser messages into words an editor can act on, with the corrected line where one is known.</summary>
public static partial class YamlErrorWords
{
    /// <param name="yaml">The YAML text the error's line (1-based, <see cref="YamlException.Start"/>) refers to.</param>
    public static string Explain(YamlException error, string yaml)
    {
        var lines = yaml.Split('\n');
        var number = (int)error.Start.Line;
        var line = number >= 1 && number <= lines.Length ? lines[number - 1] : "";
        var message = error.Message;

        if (message.Contains("invalid mapping", StringComparison.Ordinal) || message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
        {
            return KeyAndValue().Match(line) is { Success: true } entry && entry.Groups["value"].Value.Contains(": ", StringComparison.Ordinal)
                ? $"A value that contains ': ' (a colon and a space) must be put in quotes; otherwise YAML reads a second key in it. Write: {entry.Groups["head"].Value}{Quoted(entry.Groups["value"].Value)}"
                : "A ': ' (a colon and a space) here makes this look like a key inside a value. Put the value in double quotes (\"…\"), or start the key on a line of its own.";
        }

        if (message.Contains("tab character", StringComparison.Ordinal))
        {
            return "A tab is used for indentation near here; YAML allows only spaces for indentation. Replace the tab by spaces.";
        }

        if (message.Contains("did not find expected key", StringComparison.Ordinal) || message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return "This line does not fit the lines above it: it is indented differently from the keys around it, or follows a quoted value on the same line. Line the keys up, with spaces, and put a value that goes on after its closing quote inside the quotes.";
        }

        if (message.Contains("quoted scalar", StringComparison.Ordinal) && message.Contains("end of stream", StringComparison.Ordinal))
        {
            return "A quote opened here is never closed. Add the closing quote at the end of the value.";
        }

        return $"The YAML cannot be read: {message.TrimEnd('.')}. Check the quotes and indentation here; when a value contains ': ' or starts with a special character ([ {{ \" ' # & * ! | > % @), put it in double quotes.";
    }

    /// <summary>A YAML double-quoted value: backslashes and quotes escaped.</summary>
    public static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^(?<head>[ ]*(?:-[ ]+)?[^\s#:'""][^:#]*:[ \t]+)(?<value>[^""'\s].*?)[ \t]*$")]
    private static partial Regex KeyAndValue();
}
