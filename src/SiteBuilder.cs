using Generator.Computing;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Rendering;
using Generator.Writing;

namespace Generator;

/// <summary>
/// The order of the stages, and nothing else: read, compute, render, write.
/// Paths in messages are relative to the working folder, with '/', as an editor would click them.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var displayRoot = options.DisplayRoot ?? Environment.CurrentDirectory;
        string DisplayPath(string path) => Path.GetRelativePath(displayRoot, Path.GetFullPath(path)).Replace('\\', '/');

        var input = InputReader.Read(options.InputFolder, DisplayPath, diagnostics);
        var theme = ThemeLoader.Load(options.ThemeFolder, DisplayPath, diagnostics);
        var finance = input.Finance is null ? null : FinanceCalculator.Compute(input.Finance, diagnostics);
        if (input.Site is null || finance is null || theme is null)
        {
            return Failed(diagnostics, input.Events.Count);
        }

        var report = ReportAssembler.Assemble(input.Site, input.Events, input.Sections, finance, diagnostics);
        var files = SiteRenderer.Render(report, theme, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, report.Events.Count);
        }

        var written = SiteWriter.Write(files, theme.AssetsFolder, options.OutputFolder, diagnostics);
        return new BuildResult(written, report.Events.Count, files.Count, diagnostics.ToSortedList());
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, int events) =>
        new(false, events, 0, diagnostics.ToSortedList());
}
