namespace Generator;

/// <summary>
/// The one rule for paths and the folder a command runs in (its working folder, given once at start-up, never read
/// from the process again): a path the user typed is made absolute against it, and every path printed (diagnostics'
/// file names, "Built … into", "Open … in a browser", errors about folders) is shown relative to it, with '/', when it
/// lies inside it (<c>input/2022/finance.yml</c>, <c>.</c> for the folder itself), and absolute otherwise
/// (<c>/tmp/site/output</c>), never as a climb such as <c>../../tmp/site</c>.
/// </summary>
public static class ShownPath
{
    /// <summary><paramref name="path"/> (relative to <paramref name="workingFolder"/>, or absolute) as a full path without a trailing separator.</summary>
    /// <param name="workingFolder">An absolute folder; a relative one is a bug (<see cref="ArgumentException"/>).</param>
    public static string Absolute(string workingFolder, string path) =>
        Trimmed(Path.GetFullPath(path, Folder(workingFolder)));

    /// <summary><paramref name="path"/> as a message shows it: relative to <paramref name="workingFolder"/> with '/' when inside it, else absolute.</summary>
    /// <param name="workingFolder">An absolute folder; a relative one is a bug (<see cref="ArgumentException"/>).</param>
    /// <param name="path">Absolute, or relative to <paramref name="workingFolder"/>.</param>
    public static string Show(string workingFolder, string path)
    {
        var root = Folder(workingFolder);
        var full = Absolute(root, path);
        var relative = Path.GetRelativePath(root, full);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return Slashed(outside ? full : relative);
    }

    /// <summary>
    /// A path with '/' between its parts: only the platform's own separator is rewritten ('\' on Windows), so
    /// on Linux and macOS a '\' stays what it is there, a character of a name (<c>2022-05-01-a\b.md</c>).
    /// </summary>
    public static string Slashed(string path) =>
        Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');

    private static string Folder(string workingFolder) => Path.IsPathFullyQualified(workingFolder)
        ? workingFolder
        : throw new ArgumentException($"The working folder must be an absolute path, not '{workingFolder}'.", nameof(workingFolder));

    private static string Trimmed(string full) => Path.GetPathRoot(full) == full ? full : full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
