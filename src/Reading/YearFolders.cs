using System.Globalization;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// What the input folder holds: <c>site.yml</c>, one folder per year named by the year (<c>2022/</c>) and, optionally,
/// <c>images/</c> shared by every year and <c>static/</c> (<see cref="StaticFiles"/>). Anything else is reported, never passed over in silence; hidden files and
/// folders (a name starting with '.') are passed over, as everywhere in the input.
/// </summary>
public static class YearFolders
{
    /// <summary>The folder of a year's events, and of its closing chapters, inside the year's folder.</summary>
    public const string Events = "events", Sections = "sections";

    /// <summary>The earliest and latest year a folder may be named.</summary>
    public const int First = 1900, Last = 2999;

    /// <summary>The years of <paramref name="inputFolder"/>, oldest first, each with its folder's full path.</summary>
    public static IReadOnlyList<(int Year, string Folder)> List(string inputFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var years = new List<(int, string)>();
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(inputFolder).EnumerateFileSystemInfos()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(displayPath(inputFolder), 1, 1), $"The folder cannot be read: {e.Message} Check its permissions.");
            return years;
        }

        foreach (var entry in entries.Where(e => !e.Name.StartsWith('.')).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var isFolder = entry is DirectoryInfo;
            if (entry.Name is "site.yml" or "images" or StaticFiles.Folder)
            {
                WrongKind.Report(entry, mustBeFolder: entry.Name != "site.yml", displayPath, diagnostics);
                continue;
            }

            if (Year(entry.Name) is { } year)
            {
                if (!WrongKind.Report(entry, mustBeFolder: true, displayPath, diagnostics))
                {
                    years.Add((year, entry.FullName));
                }

                continue;
            }

            var location = new SourceLocation(displayPath(entry.FullName), 1, 1);
            diagnostics.Error(DiagnosticCodes.InputEntryUnknown, location, isFolder
                ? $"The folder '{entry.Name}' is not a year: input/ holds site.yml, images/, static/ and one folder per year named by the year, like input/2022/. Rename it to its year, or move it out of input/."
                : $"The file '{entry.Name}' is not read: input/ holds only site.yml, images/, static/ and the year folders (like input/2022/ with report.yml, finance.yml, events/ and sections/). Move it into its year's folder, or out of input/.");
        }

        return years;
    }

    /// <summary>The folder of <paramref name="year"/> in <paramref name="inputFolder"/>: <c>input/2022</c>.</summary>
    public static string FolderOf(string inputFolder, int year) => System.IO.Path.Combine(inputFolder, Addressing.PageAddress.YearName(year));

    /// <summary>The year a folder's name stands for: four digits from <see cref="First"/> to <see cref="Last"/>; null otherwise.</summary>
    public static int? Year(string name) =>
        name.Length == 4 && name.All(char.IsAsciiDigit) && int.Parse(name, CultureInfo.InvariantCulture) is var year and >= First and <= Last
            ? year
            : null;
}
