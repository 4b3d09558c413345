using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// <c>input/static/</c>: files published at the site's root as they are, like Hugo's <c>static/</c> folder: a
/// <c>CNAME</c>, <c>robots.txt</c>, <c>.well-known/security.txt</c> or a <c>favicon.ico</c>. Every file in it is copied,
/// hidden ones included (so <c>.well-known/</c> works), to the same path under the output folder: <c>input/static/robots.txt</c>
/// becomes <c>output/robots.txt</c>. The same safety as the theme's assets: a symbolic link that leads outside is an error
/// (RPT006), never followed. A file where the generator writes one of its own is an error (<see cref="Collisions"/>).
/// </summary>
public static class StaticFiles
{
    /// <summary>The folder's name inside the input folder.</summary>
    public const string Folder = "static";

    /// <summary>The files of <c>input/static/</c>, each with its path in the output (with '/'); empty when there is no such folder.</summary>
    public static IReadOnlyList<AssetFile> List(string inputFolder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputFolder, Folder);
        return [.. SafeFiles.List(folder, "*", recursive: true, displayPath, diagnostics)
            .Select(file => new AssetFile(file, ShownPath.Slashed(Path.GetRelativePath(folder, file))))];
    }

    /// <summary>
    /// Reports (RPT607, at the static file) each file that would be published where the generator writes a file of its
    /// own (<paramref name="generated"/>: pages, data files, assets, images, PDFs and the output's marker file), where a
    /// generated file needs a folder of that name, or inside a path that is a generated file, comparing without regard
    /// to case (two names that differ only in case are one file on Windows and macOS).
    /// </summary>
    /// <returns>True when there is no collision.</returns>
    public static bool Collisions(IReadOnlyList<AssetFile> statics, IEnumerable<string> generated, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in generated)
        {
            files.TryAdd(path, path);
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.TryAdd(path[..slash], path);
            }
        }

        var clear = true;
        foreach (var file in statics)
        {
            var problem = files.TryGetValue(file.Path, out var same)
                ? $"would be published as '{same}', which the generator writes itself"
                : folders.TryGetValue(file.Path, out var inside)
                    ? $"would be published as '{file.Path}', where the generator needs a folder for its own '{inside}'"
                    : Parents(file.Path).FirstOrDefault(files.ContainsKey) is { } parent
                        ? $"would be published inside '{files[parent]}', which the generator writes as a file"
                        : null;
            if (problem is not null)
            {
                clear = false;
                diagnostics.Error(DiagnosticCodes.StaticFileCollides, new SourceLocation(displayPath(file.Source), 1, 1),
                    $"This file in input/{Folder}/ {problem} (names are compared without regard to upper and lower case). Rename or move it, or remove it.");
            }
        }

        return clear;
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
