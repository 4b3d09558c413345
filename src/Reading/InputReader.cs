using Generator.Caching;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads the input folder: <c>site.yml</c>, <c>finance.yml</c>, <c>events/*.md</c> and <c>sections/*.md</c>.</summary>
public static class InputReader
{
    /// <param name="cache">Files read before and not changed since are taken from it (the preview's); null for none.</param>
    public static ReportInput Read(string inputFolder, Func<string, string> displayPath, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        cache ??= BuildCache.None;
        if (!Directory.Exists(inputFolder))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null,
                $"The input folder '{displayPath(inputFolder)}' does not exist. Run the command from the repository's top folder, or pass --input.");
            return new ReportInput(null, null, [], []);
        }

        var site = ReadYaml(inputFolder, "site.yml", displayPath, diagnostics, cache, SiteReader.Read);
        var finance = ReadYaml(inputFolder, "finance.yml", displayPath, diagnostics, cache, FinanceReader.Read);

        // An event is checked against the report's year, so a cached one is valid only for the same year.
        var year = site?.Year;
        var events = ReadMarkdownFolder(Path.Combine(inputFolder, "events"), "events", displayPath, diagnostics, cache, $"year {year}",
            (text, path, bag) => EventReader.Read(text, path, year, bag));
        if (events.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.NoEvents, null,
                $"'{displayPath(Path.Combine(inputFolder, "events"))}' holds no events. Add one Markdown file per event, like 2022-01-26-titel.md.");
        }

        var sections = ReadMarkdownFolder(Path.Combine(inputFolder, "sections"), "chapters", displayPath, diagnostics, cache, "",
            SectionReader.Read);
        return new ReportInput(site, finance, events, sections);
    }

    private static T? ReadYaml<T>(string folder, string name, Func<string, string> displayPath, DiagnosticBag diagnostics,
        BuildCache cache, Func<string, string, DiagnosticBag, T?> parse)
        where T : class
    {
        var file = Path.Combine(folder, name);
        if (!File.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null, $"'{displayPath(file)}' does not exist; the report needs it.");
            return null;
        }

        if (!SafeFiles.List(folder, name, recursive: false, displayPath, diagnostics).Any())
        {
            return null;
        }

        return ReadFile(file, displayPath(file), diagnostics, cache, "", parse);
    }

    /// <summary>Reads and parses one file, or takes it from the cache; either way its problems are reported.</summary>
    /// <param name="key">What else the parsing depends on (for an event: the report's year).</param>
    private static T? ReadFile<T>(string file, string path, DiagnosticBag diagnostics, BuildCache cache, string key,
        Func<string, string, DiagnosticBag, T?> parse)
        where T : class =>
        cache.Reuse(CacheKind.File, Path.GetFullPath(file), () => key, diagnostics, found =>
            TextFileReader.Read(file, path, found) is { } text ? parse(text, path, found) : null);

    private static List<T> ReadMarkdownFolder<T>(string folder, string kind, Func<string, string> displayPath, DiagnosticBag diagnostics,
        BuildCache cache, string key, Func<string, string, DiagnosticBag, T?> parse)
        where T : class
    {
        // Read and parsed on every core; the order is the files' order whatever the threads do.
        var files = ContentFolder.List(folder, kind, displayPath, diagnostics);
        var items = new T?[files.Count];
        Parallel.For(0, files.Count, i => items[i] = ReadFile(files[i], displayPath(files[i]), diagnostics, cache, key, parse));
        return [.. items.OfType<T>()];
    }
}
