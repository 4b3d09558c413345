using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>
/// Refuses output folders whose replacement would destroy something: the input, the theme, a repository, a
/// file-system root, or a folder that the generator did not make (unless forced).
/// </summary>
public static class OutputFolderGuard
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Full(options.OutputFolder);
        var problem = output.Length == 0 || Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar
            ? "is a file-system root"
            : Problem(output, Full(options.InputFolder), "the input folder")
                ?? Problem(output, Full(options.ThemeFolder), "the theme folder")
                ?? Problem(output, Full(options.WorkingFolder), "the folder you run the command in", outputMayBeInside: true);

        if (problem is null && Directory.Exists(Path.Combine(output, ".git")))
        {
            problem = "is a git repository";
        }

        var shown = options.Show(output);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, null,
                $"The output folder '{shown}' {problem}; a build replaces the whole output folder. Choose a folder of its own, such as 'output'.");
            return;
        }

        if (File.Exists(output))
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, null, $"The output '{shown}' is a file, not a folder. Choose a folder, such as 'output'.");
        }
        else if (!options.Force && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            CheckOwnership(shown, output, diagnostics);
        }
    }

    // A folder without the marker is someone else's; in one with the marker, a file the last build did not write was
    // added by hand (a CNAME, notes), and the exchange with the new site would drop it without a word.
    private static void CheckOwnership(string shownName, string output, DiagnosticBag diagnostics)
    {
        var unlisted = OutputMarker.UnlistedFiles(output);
        if (unlisted is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderNotOurs, null,
                $"The output folder '{shownName}' already holds files that the generator did not write, and a build would replace them all. "
                + "Choose another folder, or pass --force if they may go.");
        }
        else if (unlisted.Count > 0)
        {
            const int shown = 5;
            var names = string.Join(", ", unlisted.Take(shown).Select(p => $"'{p}'")) + (unlisted.Count > shown ? $" and {unlisted.Count - shown} more" : "");
            diagnostics.Error(DiagnosticCodes.OutputFolderNotOurs, null,
                $"The output folder '{shownName}' holds {unlisted.Count} file(s) that the last build did not write ({names}), and a build replaces the whole folder. "
                + "Move them out of it (a file to publish with every build belongs in the theme's assets), or pass --force if they may go.");
        }
    }

    private static string? Problem(string output, string other, string name, bool outputMayBeInside = false)
    {
        var separator = Path.DirectorySeparatorChar;
        if (output == other)
        {
            return $"is {name}";
        }

        if (other.StartsWith(output + separator, StringComparison.Ordinal))
        {
            return $"contains {name}";
        }

        return !outputMayBeInside && output.StartsWith(other + separator, StringComparison.Ordinal) ? $"lies inside {name}" : null;
    }

    // The folders of BuildOptions are absolute: this only makes the spelling canonical ('a/./b', a trailing '/').
    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
