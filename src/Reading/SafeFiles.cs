using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// Lists the files of a folder that the generator may read: symbolic links that lead outside the folder are
/// reported and left out, so no content or theme file can make the generator read elsewhere.
/// </summary>
public static class SafeFiles
{
    /// <summary>The full paths of the files of <paramref name="folder"/> that match <paramref name="pattern"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder, string pattern, bool recursive, Func<string, string> displayPath, DiagnosticBag diagnostics) =>
        [.. ListWithLengths(folder, pattern, recursive, displayPath, diagnostics).Select(f => f.Path)];

    /// <summary>
    /// As <see cref="List"/>, each file with its length in bytes as the listing found it (null for a link inside the
    /// folder: its length is the target's, which a reader looks up), so that a reader need not look it up again.
    /// </summary>
    public static IReadOnlyList<ListedFile> ListWithLengths(string folder, string pattern, bool recursive, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var files = new List<ListedFile>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        Walk(new DirectoryInfo(folder), root, pattern, recursive, displayPath, diagnostics, files);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static void Walk(DirectoryInfo directory, string root, string pattern, bool recursive, Func<string, string> displayPath,
        DiagnosticBag diagnostics, List<ListedFile> files)
    {
        try
        {
            WalkFolder(directory, root, pattern, recursive, displayPath, diagnostics, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath(directory.FullName), 1, 1),
                $"The folder cannot be read: {e.Message} Check its permissions.");
        }
    }

    private static void WalkFolder(DirectoryInfo directory, string root, string pattern, bool recursive, Func<string, string> displayPath,
        DiagnosticBag diagnostics, List<ListedFile> files)
    {
        foreach (var file in directory.EnumerateFiles(pattern))
        {
            if (LeadsOutside(file, root))
            {
                Report(file.FullName, displayPath, diagnostics);
                continue;
            }

            // The listing has read each entry's status already: a file's length comes with it, a link's is its target's.
            files.Add(new ListedFile(file.FullName, (file.Attributes & FileAttributes.ReparsePoint) == 0 ? file.Length : null));
        }

        if (!recursive)
        {
            // A folder named like a text ("2022-01-26-x.md") is a mistake, not something to pass over in silence.
            foreach (var folder in directory.EnumerateDirectories(pattern))
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath(folder.FullName), 1, 1),
                    "This is a folder, not a file, so it cannot be read as a text. Rename it, or move the file out of it.");
            }

            return;
        }

        foreach (var child in directory.EnumerateDirectories())
        {
            if ((child.Attributes & FileAttributes.ReparsePoint) != 0 && child.LinkTarget is not null)
            {
                // Never followed: a linked folder either leads outside or repeats what is already here (or loops).
                if (LeadsOutside(child, root))
                {
                    Report(child.FullName, displayPath, diagnostics);
                }

                continue;
            }

            Walk(child, root, pattern, recursive, displayPath, diagnostics, files);
        }
    }

    /// <summary>True for a symbolic link whose final target is missing, a loop, or not under <paramref name="root"/> (a full path ending in a separator).</summary>
    internal static bool LeadsOutside(FileSystemInfo entry, string root)
    {
        // The attributes come with the directory listing; only a link costs a look at its target.
        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0 || entry.LinkTarget is null)
        {
            return false;
        }

        try
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return true; // A link to itself or a loop of links ("Too many levels of symbolic links") leads nowhere.
        }
    }

    private static void Report(string path, Func<string, string> displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.LinkLeadsOutside, new SourceLocation(displayPath(path), 1, 1),
            "This is a symbolic link to somewhere outside its folder, to nothing, or to itself (a loop); the generator reads only what is inside input/ and theme/. Copy the file in instead.");
}

/// <summary>A file found by <see cref="SafeFiles"/>.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Length">Its length in bytes when it was listed; null when not known (a symbolic link).</param>
public sealed record ListedFile(string Path, long? Length);
