using Generator.Diagnostics;
using Generator.Reading;
using Scriban;
using Scriban.Parsing;

namespace Generator.Rendering;

/// <summary>Reads and parses <c>theme/layouts/*.html</c> and <c>theme/partials/*.html</c>.</summary>
public static class ThemeLoader
{
    public static readonly IReadOnlyList<string> RequiredLayouts = ["base", "index", "event", "overview"];

    public static Theme? Load(string themeFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themeFolder))
        {
            diagnostics.Error(DiagnosticCodes.FolderMissing, null,
                $"The theme folder '{displayPath(themeFolder)}' does not exist. Pass another with --theme.");
            return null;
        }

        var problems = new DiagnosticBag();
        var sources = new List<Checking.ThemeSource>();
        var layouts = ParseFolder(Path.Combine(themeFolder, "layouts"), displayPath, problems, sources, isLayout: true);
        var partials = ParseFolder(Path.Combine(themeFolder, "partials"), displayPath, problems, sources, isLayout: false);
        foreach (var name in RequiredLayouts.Where(n => !File.Exists(Path.Combine(themeFolder, "layouts", n + ".html"))))
        {
            problems.Error(DiagnosticCodes.TemplateMissing, null,
                $"The theme has no layout '{displayPath(Path.Combine(themeFolder, "layouts", name + ".html"))}'; the generator needs: {string.Join(", ", RequiredLayouts.Select(n => n + ".html"))}.");
        }

        var assets = Path.Combine(themeFolder, "assets");
        var assetFiles = SafeFiles.List(assets, "*", recursive: true, displayPath, problems);
        diagnostics.AddRange(problems.ToSortedList());

        // Only this theme's own problems count here: the bag may already hold the content's.
        return problems.HasErrors ? null : new Theme(layouts, partials, assets, assetFiles) { Sources = sources };
    }

    private static Dictionary<string, Template> ParseFolder(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics,
        List<Checking.ThemeSource> sources, bool isLayout)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates;
        }

        foreach (var file in SafeFiles.List(folder, "*.html", recursive: false, displayPath, diagnostics))
        {
            var path = displayPath(file);
            var text = TextFileReader.Read(file, path, diagnostics);
            if (text is null)
            {
                continue;
            }

            if (UnclosedExpression.Find(text) is var (start, problem))
            {
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, new SourceLocation(path, start.Line + 1, start.Column + 1),
                    $"{problem}, or write it as text with {{{{ \"{{{{\" }}}}.");
                continue;
            }

            var template = Template.Parse(text, path);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Error(DiagnosticCodes.TemplateSyntax,
                        new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        $"The template cannot be parsed: {message.Message}.");
                }

                continue;
            }

            templates.Add(Path.GetFileNameWithoutExtension(file), template);
            sources.Add(new Checking.ThemeSource(Path.GetFileNameWithoutExtension(file), path, isLayout, text));
        }

        return templates;
    }
}
