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
                ?? Problem(output, Full(Environment.CurrentDirectory), "the folder you run the command in", outputMayBeInside: true);

        if (problem is null && Directory.Exists(Path.Combine(output, ".git")))
        {
            problem = "is a git repository";
        }

        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, null,
                $"The output folder '{options.OutputFolder}' {problem}; a build replaces the whole output folder. Choose a folder of its own, such as 'output'.");
            return;
        }

        if (File.Exists(output))
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, null, $"The output '{options.OutputFolder}' is a file, not a folder. Choose a folder, such as 'output'.");
        }
        else if (!options.Force && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()
            && !File.Exists(Path.Combine(output, SiteWriter.MarkerFile)))
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderNotOurs, null,
                $"The output folder '{options.OutputFolder}' already holds files that the generator did not write, and a build would replace them all. "
                + "Choose another folder, or pass --force if they may go.");
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

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
