using Generator.Diagnostics;

namespace Generator.Images;

/// <summary>
/// Resolves an image path as written in Markdown or front matter (relative to that file) to a file inside
/// <c>input/</c>. Addresses on other hosts, absolute paths, paths that climb out of <c>input/</c> and symbolic
/// links that lead out of it are refused, so the site loads nothing from elsewhere and publishes nothing private.
/// </summary>
public static class ImagePath
{
    /// <param name="reference">The path as written, like <c>../images/loket.jpg</c>.</param>
    /// <param name="fromFile">The full path of the file the reference is written in.</param>
    /// <param name="inputFolder">The full path of <c>input/</c>.</param>
    /// <param name="workingFolder">The absolute folder the command runs in: a path in a message is shown against it (<see cref="ShownPath"/>).</param>
    /// <returns>The image's full path, or null with the problem.</returns>
    public static (string? File, ImageProblem? Problem) Resolve(string reference, string fromFile, string inputFolder, string workingFolder)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return Fail(DiagnosticCodes.ImageNotFound, "The image has no path. Write it like ![Medewerkers bij het loket](../images/loket.jpg).");
        }

        if (reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference))
        {
            return Fail(DiagnosticCodes.ImageOutsideInput,
                $"The image '{Shorten(reference)}' is an address on another host; the site loads nothing from elsewhere (readers' privacy, and the page must work offline). Save the image in input/images/ and write its path, like ../images/loket.jpg.");
        }

        if (reference.StartsWith('/') || reference.StartsWith('\\') || Path.IsPathRooted(reference))
        {
            return Fail(DiagnosticCodes.ImageOutsideInput,
                $"The image path '{Shorten(reference)}' is absolute. Write it relative to this file, like ../images/loket.jpg.");
        }

        var root = Path.GetFullPath(inputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, Uri.UnescapeDataString(reference)));
        if (!file.StartsWith(root, StringComparison.Ordinal))
        {
            return Fail(DiagnosticCodes.ImageOutsideInput,
                $"The image path '{Shorten(reference)}' leads outside input/; only files inside it are published. Move the image into input/images/ and refer to it from there.");
        }

        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return Fail(DiagnosticCodes.ImageNotFound,
                $"The image '{Shorten(reference)}' does not exist (looked for {ShownPath.Show(workingFolder, file)}). The path is relative to this file; check the name, its capitals and its folder.");
        }

        if (info.LinkTarget is not null
            && (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal)))
        {
            return Fail(DiagnosticCodes.ImageOutsideInput,
                $"The image '{Shorten(reference)}' is a symbolic link to somewhere outside input/ (or to nothing). Copy the image in instead.");
        }

        return (file, null);
    }

    /// <summary>A scheme such as http:, https:, data: or file: (a letter, then letters, digits, '+', '-' or '.', then ':').</summary>
    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var slash = reference.IndexOfAny(['/', '\\']);
        return colon > 0 && (slash < 0 || colon < slash) && char.IsAsciiLetter(reference[0]);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static (string?, ImageProblem?) Fail(string code, string message) => (null, new ImageProblem(code, message));
}
