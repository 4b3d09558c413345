using Generator.Computing;
using Generator.Diagnostics;

namespace Generator.Rendering;

/// <summary>Renders the Markdown of every event and chapter, then every page through the theme.</summary>
public static class SiteRenderer
{
    public static IReadOnlyList<RenderedFile> Render(AnnualReport report, Theme theme, DiagnosticBag diagnostics)
    {
        var functions = TemplateFunctions.Create(report.Finance.Statement.Unit);
        var content = new ContentRenderer(() => ViewModel.ContentGlobals(report, functions));
        var empty = new HtmlString("");
        var eventHtml = report.Events
            .Select(e => content.Render(e.Source.Path, e.Source.Body, e.Source.BodyFirstLine, diagnostics) ?? empty)
            .ToList();
        var sectionHtml = report.Sections
            .Select(s => content.Render(s.Path, s.Body, s.BodyFirstLine, diagnostics) ?? empty)
            .ToList();
        if (diagnostics.HasErrors)
        {
            return [];
        }

        var model = ViewModel.Report(report, eventHtml, sectionHtml);
        var pages = new PageRenderer(theme, functions, model.Globals);
        var files = new List<RenderedFile>(report.Events.Count + 1);

        var index = pages.Render("index", ViewModel.Page(report.Site.Title, "index", ""), diagnostics);
        if (index is not null)
        {
            files.Add(new RenderedFile("index.html", index));
        }

        for (var i = 0; i < report.Events.Count; i++)
        {
            var e = report.Events[i];
            var root = string.Concat(Enumerable.Repeat("../", e.Address.Count(c => c == '/')));
            var html = pages.Render("event", ViewModel.Page(e.Source.Title, "event", root, model.Events[i]), diagnostics);
            if (html is null)
            {
                // The same template fails the same way for every event: one report of it is enough.
                break;
            }

            files.Add(new RenderedFile(e.Address + "index.html", html));
        }

        return files;
    }
}
