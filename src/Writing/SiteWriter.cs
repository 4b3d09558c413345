using System.Text;
using Generator.Diagnostics;
using Generator.Rendering;

namespace Generator.Writing;

/// <summary>
/// The only code that touches the output folder. Everything is written to a staging folder beside it and
/// swapped in at the end, so a failed build leaves the last good site exactly as it was.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Write(IReadOnlyList<RenderedFile> files, string assetsFolder, string outputFolder, DiagnosticBag diagnostics)
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
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, Utf8);
            }

            if (Directory.Exists(assetsFolder))
            {
                CopyFolder(assetsFolder, Path.Combine(staging, "assets"));
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

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source).Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Order(StringComparer.Ordinal))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
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
