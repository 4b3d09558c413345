using Generator.Diagnostics;

namespace Generator.Writing;

/// <summary>
/// The one rule for which folder a build may replace. It is judged on the real folder the output leads to (every
/// symbolic link followed, at any level, <see cref="RealPath"/>), against the real input, theme and working folders,
/// however each was named. The output folder may not (RPT602, whatever --force says):
/// <list type="bullet">
/// <item>be, contain or lie inside the input or theme folder;</item>
/// <item>be or contain the folder the command runs in, or the home folder;</item>
/// <item>be a file-system root;</item>
/// <item>hold a repository (<c>.git</c>, a folder or a file) anywhere within it.</item>
/// </list>
/// Lying inside a repository or the working folder is the usual case and allowed. A safe folder that holds files the
/// generator did not write is replaced only with --force (RPT603).
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Reports RPT602 or RPT603 in <paramref name="diagnostics"/> when <paramref name="options"/>' output folder may not be replaced.</summary>
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var shown = options.Show(options.OutputFolder);
        var output = RealPath.Of(options.OutputFolder);
        if (output is null)
        {
            Refuse(diagnostics, $"The output folder '{shown}' is a symbolic link that leads to itself (a loop); a build cannot tell what it would replace. "
                + "Remove the link, or choose a folder of its own, such as 'output'.");
            return;
        }

        // Named as the user typed it, and where it really leads when a link on the way takes it elsewhere.
        var leads = string.Equals(output, options.OutputFolder, Comparison) ? "" : $", which leads to '{options.Show(output)}',";
        // The old site is walked once, for a repository in it and for the files its marker does not list; and only once
        // the folder is known to be none of those never walked (a root, the home folder…).
        var survey = new Lazy<OutputSurvey?>(() => Directory.Exists(output) ? OutputSurvey.Of(output) : null, LazyThreadSafetyMode.None);
        if (Problem(output, options, survey) is { } problem)
        {
            Refuse(diagnostics, $"The output folder '{shown}'{leads} {problem}, and a build replaces the whole output folder. "
                + "Choose a folder of its own, such as 'output'; --force does not change this.");
        }
        else if (File.Exists(output))
        {
            Refuse(diagnostics, $"The output '{shown}'{leads} is a file, not a folder. Choose a folder, such as 'output'.");
        }
        else if (!options.Force && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            CheckOwnership($"'{shown}'{leads}", output, survey.Value!, diagnostics);
        }
    }

    /// <summary>What makes the real folder <paramref name="output"/> unsafe to replace, in words after "The output folder 'x'"; null when nothing does.</summary>
    private static string? Problem(string output, BuildOptions options, Lazy<OutputSurvey?> survey)
    {
        if (Path.GetPathRoot(output) == output)
        {
            return "is a file-system root";
        }

        List<(string Folder, string Name, bool MayLieInside)> folders =
        [
            (options.WorkingFolder, "the folder you run the command in", true),
            (options.InputFolder, "the input folder", false),
            (options.ThemeFolder, "the theme folder", false),
        ];
        if (Home() is { } home)
        {
            folders.Add((home, "your home folder", true));
        }

        var real = folders.Select(f => f with { Folder = RealPath.Of(f.Folder) ?? f.Folder }).ToList();
        // The closest relation first: '-o .' "is the folder you run the command in" rather than "contains the input folder".
        return real.Where(f => string.Equals(output, f.Folder, Comparison)).Select(f => $"is {f.Name}")
            .Concat(real.Where(f => IsInside(f.Folder, output)).Select(f => $"contains {f.Name}"))
            .Concat(real.Where(f => !f.MayLieInside && IsInside(output, f.Folder)).Select(f => $"lies inside {f.Name}"))
            .FirstOrDefault() ?? Repository(survey.Value);
    }

    // The home folder, unless there is none or it is a root (HOME=/ in some containers): every folder would contain it.
    private static string? Home()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        return Path.IsPathFullyQualified(home) && RealPath.Of(home) is { } real && Path.GetPathRoot(real) != real ? real : null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, Comparison);

    // A '.git' anywhere in the folder: a repository, or a worktree's or submodule's '.git' file (see OutputSurvey).
    private static string? Repository(OutputSurvey? survey) => survey?.Repository switch
    {
        null => null,
        "" => "is a git repository",
        var folder => $"holds a git repository ('{folder}')",
    };

    // File systems that ignore case on macOS and Windows: 'Input' is the input folder there.
    private static StringComparison Comparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static void Refuse(DiagnosticBag diagnostics, string message) => diagnostics.Error(DiagnosticCodes.OutputFolderUnsafe, null, message);

    // A folder without the marker is someone else's; in one with the marker, a file the last build did not write was
    // added by hand (a CNAME, notes), and the exchange with the new site would drop it without a word.
    private static void CheckOwnership(string shownName, string output, OutputSurvey survey, DiagnosticBag diagnostics)
    {
        var unlisted = OutputMarker.UnlistedFiles(output, survey);
        if (unlisted is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolderNotOurs, null,
                $"The output folder {shownName} already holds files that the generator did not write, and a build would replace them all. "
                + "Choose another folder, or pass --force if they may go.");
        }
        else if (unlisted.Count > 0)
        {
            const int shown = 5;
            var names = string.Join(", ", unlisted.Take(shown).Select(p => $"'{p}'")) + (unlisted.Count > shown ? $" and {unlisted.Count - shown} more" : "");
            diagnostics.Error(DiagnosticCodes.OutputFolderNotOurs, null,
                $"The output folder {shownName} holds {unlisted.Count} file(s) that the last build did not write ({names}), and a build replaces the whole folder. "
                + "Move them out of it (a file to publish with every build, like a CNAME or robots.txt, belongs in input/static/, whose files are copied to the same place in the output), or pass --force if they may go.");
        }
    }
}
