using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// Lists the files of a folder that the generator may read: symbolic links that lead outside the folder are
/// reported and left out, so no content or theme file can make the generator read elsewhere.
/// </summary>
public static class SafeFiles
{
    public static IReadOnlyList<string> List(string folder, string pattern, bool recursive, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        Walk(new DirectoryInfo(folder), root, pattern, recursive, displayPath, diagnostics, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(DirectoryInfo directory, string root, string pattern, bool recursive, Func<string, string> displayPath,
        DiagnosticBag diagnostics, List<string> files)
    {
        foreach (var file in directory.EnumerateFiles(pattern))
        {
            if (LeadsOutside(file, root))
            {
                Report(file.FullName, displayPath, diagnostics);
                continue;
            }

            files.Add(file.FullName);
        }

        if (!recursive)
        {
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

    private static bool LeadsOutside(FileSystemInfo entry, string root)
    {
        // The attributes come with the directory listing; only a link costs a look at its target.
        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0 || entry.LinkTarget is null)
        {
            return false;
        }

        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal);
    }

    private static void Report(string path, Func<string, string> displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.LinkLeadsOutside, new SourceLocation(displayPath(path), 1, 1),
            "This is a symbolic link to somewhere outside its folder (or to nothing); the generator reads only what is inside input/ and theme/. Copy the file in instead.");
}
