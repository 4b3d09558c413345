using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// A folder where the input needs a file (<c>report.yml/</c>, <c>site.yml/</c>) or a file where it needs a folder (an
/// <c>events</c> file): one error (RPT001) at its path, said once by the folder listing that meets it. The reader of the
/// entry then passes it over, so it is not also reported as missing (RPT003) or as unknown (RPT022).
/// </summary>
public static class WrongKind
{
    /// <summary>True, after reporting RPT001, when <paramref name="entry"/> is a folder though <paramref name="name"/>
    /// must be a file, or a file though it must be a folder.</summary>
    /// <param name="mustBeFolder">What the input needs under this name.</param>
    public static bool Report(FileSystemInfo entry, bool mustBeFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var isFolder = entry is DirectoryInfo;
        if (isFolder == mustBeFolder)
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath(entry.FullName), 1, 1), isFolder
            ? $"'{entry.Name}' is a folder, but it must be a file with that name. Move what the folder holds to where it belongs, remove the folder and write {entry.Name} as a file."
            : $"'{entry.Name}' is a file, but it must be a folder with that name. Move or rename the file, and make {entry.Name}/ a folder.");
        return true;
    }
}
