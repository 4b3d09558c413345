namespace Generator.Writing;

/// <summary>
/// The generator's mark on its own output folder, <c>.annual-report-output</c>: two lines of explanation, then the
/// path of every file the build wrote (relative to the folder, with '/', in ordinal order, one a line). A later
/// build may replace the files listed there; any other file in the folder was put there by someone else.
/// </summary>
public static class OutputMarker
{
    /// <summary>The marker's file name, in the top of the output folder.</summary>
    public const string FileName = ".annual-report-output";

    private const string Header =
        "This folder is written by the annual-report generator and replaced by each build. Do not edit it by hand.\n"
        + "Files of the last build:\n";

    /// <summary>The marker's text for a build that wrote <paramref name="paths"/> (output-relative, with '/').</summary>
    public static string Text(IEnumerable<string> paths) =>
        Header + string.Concat(paths.Order(StringComparer.Ordinal).Select(p => p + "\n"));

    /// <summary>
    /// The files of <paramref name="survey"/> (of <paramref name="folder"/>) that its marker does not list, output-relative
    /// with '/', in ordinal order. Null when the folder has no marker; empty when the marker predates the list (an older
    /// generator's), since nothing can be told apart then.
    /// </summary>
    internal static IReadOnlyList<string>? UnlistedFiles(string folder, OutputSurvey survey)
    {
        var marker = Path.Combine(folder, FileName);
        if (!File.Exists(marker))
        {
            return null;
        }

        var text = File.ReadAllText(marker);
        if (!text.StartsWith(Header, StringComparison.Ordinal))
        {
            return [];
        }

        var listed = text[Header.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        listed.Add(FileName);
        return survey.Files.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal).ToList();
    }
}
