using System.Text;
using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>
/// The only code that touches the output folder. Everything is written to a staging folder beside it and
/// swapped in at the end, so a failed build, even one that fails half-way through writing, leaves the last
/// good site exactly as it was and no staging folder behind.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as the generator's own, so a later build may replace it without --force.</summary>
    public const string MarkerFile = ".annual-report-output";

    private const string MarkerText =
        "This folder is written by the annual-report generator and replaced by each build. Do not edit it by hand.\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="beforeEachFile">Called with each path before it is written; tests use it to fail half-way.</param>
    /// <param name="beforeSwap">Adds to the staged site (the PDF); returning false abandons the build.</param>
    public static bool Write(GeneratedSite site, string outputFolder, DiagnosticBag diagnostics,
        Action<string>? beforeEachFile = null, Func<string, bool>? beforeSwap = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            foreach (var file in site.Files)
            {
                beforeEachFile?.Invoke(file.Path);
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, Utf8);
            }

            foreach (var asset in site.Assets)
            {
                beforeEachFile?.Invoke(asset.Path);
                var path = Path.Combine(staging, asset.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.Copy(asset.Source, path);
            }

            File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText, Utf8);
            if (beforeSwap is not null && !beforeSwap(staging))
            {
                TryDelete(staging);
                return false;
            }

            Swap(staging, output, previous);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{outputFolder}': {e.Message} The previous output is unchanged.");
            TryDelete(staging);
            return false;
        }
    }

    private static void Swap(string staging, string output, string previous)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        Directory.Move(output, previous);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(previous, output);
            throw;
        }

        TryDelete(previous);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftovers are harmless and named so that they are recognisable.
        }
    }
}
