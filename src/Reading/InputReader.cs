using Generator.Caching;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// Reads the input folder: <c>site.yml</c>, and each year's folder (<c>2022/</c>) with <c>report.yml</c>,
/// <c>finance.yml</c>, <c>events/*.md</c> and <c>sections/*.md</c>.
/// </summary>
public static class InputReader
{
    /// <summary>What a year's folder may hold besides hidden files.</summary>
    private static readonly string[] YearFiles = ["report.yml", "finance.yml"];

    private static readonly string[] YearSubfolders = [YearFolders.Events, YearFolders.Sections, "images"];

    /// <param name="cache">Files read before and not changed since are taken from it (the preview's); null for none.</param>
    /// <param name="includeDrafts">Whether a year whose report.yml says <c>draft: true</c> is read and built; when false it is left out and listed in <see cref="SiteInput.DraftYears"/>.</param>
    /// <param name="added">A text read as if it were a file of a year's events/ or sections/ (see <see cref="AddedFile"/>); null for none.</param>
    public static SiteInput Read(string inputFolder, Func<string, string> displayPath, DiagnosticBag diagnostics, BuildCache? cache = null, bool includeDrafts = true,
        AddedFile? added = null)
    {
        cache ??= BuildCache.None;
        if (!Directory.Exists(inputFolder))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null,
                $"The input folder '{displayPath(inputFolder)}' does not exist. Run the command from the repository's top folder, or pass --input.");
            return new SiteInput(null, []);
        }

        var site = ReadYaml(inputFolder, "site.yml", displayPath, diagnostics, cache, "", SiteReader.Read);
        // "No year" is not said when the listing itself failed: that error is the cause (other files' errors are not).
        var listing = new DiagnosticBag();
        var folders = YearFolders.List(inputFolder, displayPath, listing);
        diagnostics.AddRange(listing.ToSortedList());
        if (folders.Count == 0 && !listing.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.NoYears, null,
                $"'{displayPath(inputFolder)}' holds no year: put each year's report in a folder named by its year, like {displayPath(Path.Combine(inputFolder, "2022"))}/ with report.yml, finance.yml, events/ and sections/.");
        }

        var drafts = includeDrafts ? [] : folders.Where(f => IsDraft(f.Folder, displayPath, cache)).Select(f => f.Year).ToList();
        var years = folders.Where(f => !drafts.Contains(f.Year))
            .Select(f => new YearInput(f.Year, ReadYear(f.Folder, f.Year, site, displayPath, diagnostics, cache, added))).ToList();
        if (years.Count == 0 && drafts.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.NoYears, null,
                $"Every year of '{displayPath(inputFolder)}' is a draft (draft: true in its report.yml): there is nothing to publish. Add --drafts to build them anyway, or remove 'draft: true' from a year's report.yml when it is complete.");
        }

        return new SiteInput(site, years, drafts);
    }

    /// <summary>Whether the year's report.yml says <c>draft: true</c>; its problems, if any, are reported when the year is read.</summary>
    private static bool IsDraft(string folder, Func<string, string> displayPath, BuildCache cache)
    {
        var file = Path.Combine(folder, "report.yml");
        return File.Exists(file)
            && ReadFile(file, displayPath(file), new DiagnosticBag(), cache, "", (text, path, bag) => ReportSettingsReader.Read(text, path, 0, bag))?.Draft == true;
    }

    /// <summary>Reads one year's folder; its report.yml is merged with the site's settings (null when those failed).</summary>
    public static ReportInput ReadYear(string folder, int year, SiteSettings? site, Func<string, string> displayPath, DiagnosticBag diagnostics,
        BuildCache cache, AddedFile? added = null)
    {
        ReportStrayEntries(folder, displayPath, diagnostics);

        var report = ReadYaml(folder, "report.yml", displayPath, diagnostics, cache, "", (text, path, bag) => ReportSettingsReader.Read(text, path, year, bag));
        var finance = ReadYaml(folder, "finance.yml", displayPath, diagnostics, cache, "", (text, path, bag) => FinanceReader.Read(text, path, bag, year));

        // An event is checked against the folder's year, so a cached one is valid only for the same year.
        var events = ReadMarkdownFolder(Path.Combine(folder, YearFolders.Events), "events", displayPath, diagnostics, cache, $"year {year}",
            (text, path, bag) => EventReader.ReadFile(text, path, year, bag), added);
        // Not when a file stands where the folder should be: that is the error (reported with the year's entries).
        if (events.Files == 0 && !events.ListingFailed && !File.Exists(Path.Combine(folder, YearFolders.Events)))
        {
            diagnostics.Error(DiagnosticCodes.NoEvents, null,
                $"'{displayPath(Path.Combine(folder, YearFolders.Events))}' holds no events. Add one Markdown file per event, like {year}-01-26-titel.md.");
        }

        var sections = ReadMarkdownFolder(Path.Combine(folder, YearFolders.Sections), "chapters", displayPath, diagnostics, cache, "",
            SectionReader.ReadFile, added);
        return new ReportInput(site is null ? null : report?.For(site, year), finance, events.Items, sections.Items)
        {
            FailedEvents = events.Failed,
            FailedSections = sections.Failed,
        };
    }

    private static void ReportStrayEntries(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(folder);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var isFile = YearFiles.Contains(entry.Name);
            if (isFile || YearSubfolders.Contains(entry.Name))
            {
                WrongKind.Report(entry, mustBeFolder: !isFile, displayPath, diagnostics);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InputEntryUnknown, new SourceLocation(displayPath(entry.FullName), 1, 1),
                    $"'{entry.Name}' is not read: a year's folder holds report.yml, finance.yml, events/, sections/ and images/. Move it to where it belongs (an event into {name}/events/, a chapter into {name}/sections/), or out of input/.");
            }
        }
    }

    private static T? ReadYaml<T>(string folder, string name, Func<string, string> displayPath, DiagnosticBag diagnostics,
        BuildCache cache, string key, Func<string, string, DiagnosticBag, T?> parse)
        where T : class
    {
        var file = Path.Combine(folder, name);
        if (Directory.Exists(file))
        {
            return null; // a folder with the file's name: reported (RPT001) by the listing of its folder, see WrongKind.
        }

        if (!File.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null, $"'{displayPath(file)}' does not exist; the site needs it.");
            return null;
        }

        if (!SafeFiles.List(folder, name, recursive: false, displayPath, diagnostics).Any())
        {
            return null;
        }

        return ReadFile(file, displayPath(file), diagnostics, cache, key, parse);
    }

    /// <summary>Reads and parses one file, or takes it from the cache; either way its problems are reported.</summary>
    /// <param name="key">What else the parsing depends on (for an event: the report's year).</param>
    /// <param name="length">The file's length in bytes as its folder's listing found it; null to look it up.</param>
    private static T? ReadFile<T>(string file, string path, DiagnosticBag diagnostics, BuildCache cache, string key,
        Func<string, string, DiagnosticBag, T?> parse, long? length = null)
        where T : class =>
        cache.Reuse(CacheKind.File, Path.GetFullPath(file), () => key, diagnostics, found =>
            TextFileReader.Read(file, path, found, length) is { } text ? parse(text, path, found) : null);

    /// <summary>The texts of one folder as read: those whose front matter is whole, the bodies of those whose front matter failed, how many files were read, and whether listing the folder failed.</summary>
    private sealed record FolderTexts<T>(List<T> Items, List<FailedText> Failed, int Files, bool ListingFailed);

    /// <summary>Reads the added text as <see cref="TextFileReader"/> reads a file's bytes, never from the cache or the disk.</summary>
    private static TRead? ReadAdded<TRead>(AddedFile added, string path, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, TRead?> parse)
        where TRead : class =>
        TextFileReader.Decode(System.Text.Encoding.UTF8.GetBytes(added.Text), path, diagnostics) is { } text ? parse(text, path, diagnostics) : null;

    private static FolderTexts<T> ReadMarkdownFolder<T>(string folder, string kind, Func<string, string> displayPath, DiagnosticBag diagnostics,
        BuildCache cache, string key, Func<string, string, DiagnosticBag, ReadText<T>> parse, AddedFile? added)
        where T : class
    {
        // Read and parsed on every core; the order is the files' order whatever the threads do.
        var listing = new DiagnosticBag();
        var files = ContentFolder.List(folder, kind, displayPath, listing);
        diagnostics.AddRange(listing.ToSortedList());
        var isAdded = added is not null && Path.GetDirectoryName(added.FullPath) == Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)
            && ContentFolder.IsMarkdown(added.FullPath) && !files.Any(f => f.Path == added.FullPath);
        if (isAdded)
        {
            files = [.. files.Append(new ListedFile(added!.FullPath, null)).OrderBy(f => f.Path, StringComparer.Ordinal)];
        }

        var items = new ReadText<T>?[files.Count];
        Parallel.For(0, files.Count, i => items[i] = isAdded && files[i].Path == added!.FullPath
            ? ReadAdded<ReadText<T>>(added, displayPath(files[i].Path), diagnostics, (t, p, b) => parse(t, p, b))
            : ReadFile(files[i].Path, displayPath(files[i].Path), diagnostics, cache, key, parse, files[i].Length));
        return new FolderTexts<T>([.. items.Select(r => r?.Item).OfType<T>()], [.. items.Select(r => r?.Failed).OfType<FailedText>()], files.Count, listing.HasErrors);
    }
}
