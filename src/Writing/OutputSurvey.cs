using System.IO.Enumeration;

namespace Generator.Writing;

/// <summary>
/// What the output guard needs to know of an existing output folder, from one walk of it (the old site can hold
/// thousands of files): the first repository in it, and every entry that a build would remove with it. Symbolic links
/// in it are not followed: replacing the folder removes a link, never what it leads to.
/// </summary>
/// <param name="Repository">
/// The folder (relative to the output, with '/'; <c>""</c> for the output itself) of the first <c>.git</c> found, a
/// folder or a file (a worktree's or submodule's); a link named <c>.git</c> is none. Null when there is none.
/// </param>
/// <param name="Files">Every file in the folder, hidden ones included, and every symbolic link (to a file or a folder), relative with '/', in the walk's order.</param>
internal sealed record OutputSurvey(string? Repository, IReadOnlyList<string> Files)
{
    private const string GitName = ".git";

    /// <summary>Walks <paramref name="folder"/> (a full path of an existing folder) once; what cannot be read is passed over.</summary>
    public static OutputSurvey Of(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        string? repository = null;
        var files = new List<string>();
        var entries = new FileSystemEnumerable<Entry>(folder, (ref FileSystemEntry entry) =>
        {
            var isGit = entry.FileName.Equals(GitName, GitComparison);
            // The file status is read only for folders and '.git' entries: for other files the listing says enough.
            var isLink = (entry.IsDirectory || isGit) && IsLink(ref entry);
            return new Entry(entry.ToFullPath(), entry.IsDirectory && !isLink, isGit && !isLink);
        }, options)
        {
            // Not into a repository either: the build is refused for it, whatever else the folder holds.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry) && !entry.FileName.Equals(GitName, GitComparison),
        };
        foreach (var (path, isFolder, isRepository) in entries)
        {
            if (isRepository && repository is null)
            {
                var relative = ShownPath.Slashed(Path.GetRelativePath(folder, Path.GetDirectoryName(path)!));
                repository = relative == "." ? "" : relative;
            }

            if (!isFolder)
            {
                files.Add(ShownPath.Slashed(Path.GetRelativePath(folder, path)));
            }
        }

        return new OutputSurvey(repository, files);
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    // As a file name pattern matches by default: '.GIT' is a repository on Windows.
    private static StringComparison GitComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <param name="IsFolder">A folder that is not a link (its entries are walked).</param>
    /// <param name="IsRepository">A '.git' folder or file that is not a link.</param>
    private readonly record struct Entry(string Path, bool IsFolder, bool IsRepository);
}
