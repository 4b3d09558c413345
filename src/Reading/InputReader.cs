using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads the input folder: <c>site.yml</c>, <c>finance.yml</c>, <c>events/*.md</c> and <c>sections/*.md</c>.</summary>
public static class InputReader
{
    public static ReportInput Read(string inputFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputFolder))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null,
                $"The input folder '{displayPath(inputFolder)}' does not exist. Run the command from the repository's top folder, or pass --input.");
            return new ReportInput(null, null, [], []);
        }

        var site = ReadYaml(inputFolder, "site.yml", displayPath, diagnostics, SiteReader.Read);
        var finance = ReadYaml(inputFolder, "finance.yml", displayPath, diagnostics, FinanceReader.Read);

        var events = ReadMarkdownFolder(Path.Combine(inputFolder, "events"), displayPath, diagnostics,
            (text, path) => EventReader.Read(text, path, site?.Year, diagnostics));
        if (events.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.NoEvents, null,
                $"'{displayPath(Path.Combine(inputFolder, "events"))}' holds no events. Add one Markdown file per event, like 2022-01-26-titel.md.");
        }

        var sections = ReadMarkdownFolder(Path.Combine(inputFolder, "sections"), displayPath, diagnostics,
            (text, path) => SectionReader.Read(text, path, diagnostics));
        return new ReportInput(site, finance, events, sections);
    }

    private static T? ReadYaml<T>(string folder, string name, Func<string, string> displayPath, DiagnosticBag diagnostics,
        Func<string, string, DiagnosticBag, T?> parse)
        where T : class
    {
        var file = Path.Combine(folder, name);
        var path = displayPath(file);
        if (!File.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null, $"'{path}' does not exist; the report needs it.");
            return null;
        }

        var text = TextFileReader.Read(file, path, diagnostics);
        return text is null ? null : parse(text, path, diagnostics);
    }

    private static List<T> ReadMarkdownFolder<T>(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics,
        Func<string, string, T?> parse)
        where T : class
    {
        var items = new List<T>();
        if (!Directory.Exists(folder))
        {
            return items;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var path = displayPath(file);
            var text = TextFileReader.Read(file, path, diagnostics);
            if (text is not null && parse(text, path) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }
}
