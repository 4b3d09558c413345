using Generator.Diagnostics;
using Generator.Images;

namespace Generator.Reading;

/// <summary>
/// Which files of a year's <c>events/</c> or <c>sections/</c> (<c>input/2022/events/</c>) are texts, so that nothing there is silently taken or
/// silently passed over. Read: Markdown files at the top of the folder, named <c>*.md</c> or <c>*.markdown</c> in any
/// case. Passed over without a word: hidden files and folders (a name starting with <c>.</c>), editor leftovers
/// (<c>x.md~</c>, <c>#x.md#</c>, <c>.swp</c>, <c>.bak</c>, <c>.tmp</c>) and images, which a text may show. Reported:
/// a Markdown file in a subfolder or a linked folder (an error: it would not be published) and any other file (a warning).
/// </summary>
public static class ContentFolder
{
    private static readonly string[] LeftoverExtensions = [".swp", ".swo", ".swx", ".bak", ".tmp", ".orig"];

    /// <summary>True for a file name the generator reads as a text: <c>.md</c> or <c>.markdown</c>, in any case.</summary>
    public static bool IsMarkdown(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The texts at the top of <paramref name="folder"/> (full paths, with their lengths as listed), in ordinal order;
    /// every other file is passed over by the rule above or reported. An absent folder has no texts.
    /// </summary>
    /// <param name="kind">What the folder holds, for the messages: "events" or "chapters".</param>
    public static IReadOnlyList<ListedFile> List(string folder, string kind, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var shown = displayPath(folder).TrimEnd('/') + "/";
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        ReportLinkedFolders(new DirectoryInfo(folder), root, kind, shown, displayPath, diagnostics);

        var texts = new List<ListedFile>();
        foreach (var listed in SafeFiles.ListWithLengths(folder, "*", recursive: true, displayPath, diagnostics))
        {
            var file = listed.Path;
            var relative = Path.GetRelativePath(root, file);
            var name = Path.GetFileName(file);
            if (IsPassedOver(relative, name))
            {
                continue;
            }

            var location = new SourceLocation(displayPath(file), 1, 1);
            if (!IsMarkdown(name))
            {
                diagnostics.Warning(DiagnosticCodes.ContentFileNotRead, location,
                    $"This file is not read: only Markdown files (ending in .md) in {shown} are {kind}, and images they show. Rename it to .md if it is one, or move it out of {shown}.");
            }
            else if (relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ContentInSubfolder, location,
                    $"{Capitalised(kind)} are not read from subfolders, so this one would not be published: move it to {shown}.");
            }
            else
            {
                texts.Add(listed);
            }
        }

        return texts;
    }

    /// <summary>Hidden files, files in hidden folders, editor leftovers and images.</summary>
    private static bool IsPassedOver(string relative, string name) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
        || name.EndsWith('~')
        || (name.StartsWith('#') && name.EndsWith('#'))
        || LeftoverExtensions.Contains(Path.GetExtension(name).ToLowerInvariant())
        || ImageFormats.FromExtension(name) != ImageFormat.Unknown;

    /// <summary>A link to a folder is never followed (SafeFiles reports one that leads outside); one inside is reported here, and so is a folder named like a text.</summary>
    private static void ReportLinkedFolders(DirectoryInfo directory, string root, string kind, string shown, Func<string, string> displayPath,
        DiagnosticBag diagnostics)
    {
        IEnumerable<DirectoryInfo> children;
        try
        {
            children = [.. directory.EnumerateDirectories()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // SafeFiles reports a folder it cannot read.
        }

        foreach (var child in children.Where(c => !c.Name.StartsWith('.')))
        {
            if ((child.Attributes & FileAttributes.ReparsePoint) == 0 || child.LinkTarget is null)
            {
                if (IsMarkdown(child.Name))
                {
                    // A folder named like a text ("2022-01-26-x.md") is a mistake, not something to pass over in silence.
                    diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath(child.FullName), 1, 1),
                        "This is a folder, not a file, so it cannot be read as a text. Rename it, or move the file out of it.");
                }

                ReportLinkedFolders(child, root, kind, shown, displayPath, diagnostics);
            }
            else if (!SafeFiles.LeadsOutside(child, root + Path.DirectorySeparatorChar))
            {
                diagnostics.Error(DiagnosticCodes.ContentInSubfolder, new SourceLocation(displayPath(child.FullName), 1, 1),
                    $"This is a link to a folder, which is never followed: {kind} are read only from {shown} itself. Remove the link, and move any {kind} it leads to into {shown}.");
            }
        }
    }

    private static string Capitalised(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
