using Generator.Diagnostics;

namespace Generator;

/// <summary>
/// What one build reads, where it writes and how strict it is. Every folder is absolute (a relative one is a bug,
/// <see cref="ArgumentException"/>): the command line makes them absolute once against its working folder
/// (<see cref="ShownPath.Absolute"/>), so no stage ever depends on the process's working folder.
/// </summary>
public sealed record BuildOptions
{
    /// <param name="inputFolder">The folder with site.yml and the year folders; absolute.</param>
    /// <param name="themeFolder">The folder with layouts/, partials/ and assets/; absolute.</param>
    /// <param name="outputFolder">The folder the site is written to (for <c>check</c> and the preview, where it would be); absolute.</param>
    /// <param name="workingFolder">The folder the command runs in (see <see cref="WorkingFolder"/>); absolute; when null, the folder that holds the input folder.</param>
    public BuildOptions(string inputFolder, string themeFolder, string outputFolder, string? workingFolder = null)
    {
        InputFolder = inputFolder;
        ThemeFolder = themeFolder;
        OutputFolder = outputFolder;
        WorkingFolder = workingFolder ?? Path.GetDirectoryName(InputFolder) ?? InputFolder;
    }

    /// <summary>The folder with site.yml and one folder per year; absolute.</summary>
    public string InputFolder { get; init => field = Checked(value, nameof(InputFolder)); }

    /// <summary>The folder with layouts/, partials/ and assets/; absolute.</summary>
    public string ThemeFolder { get; init => field = Checked(value, nameof(ThemeFolder)); }

    /// <summary>The folder the site is written to; absolute.</summary>
    public string OutputFolder { get; init => field = Checked(value, nameof(OutputFolder)); }

    /// <summary>
    /// The folder the command runs in; absolute. Every path in a message is shown against it by <see cref="ShownPath"/>,
    /// and the output folder may not contain it.
    /// </summary>
    public string WorkingFolder { get; init => field = Checked(value, nameof(WorkingFolder)); }

    /// <summary>Warnings count as errors (for CI).</summary>
    public bool Strict { get; init; }

    /// <summary>False for <c>check</c>: every validation runs, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Events with <c>draft: true</c> are built too (the preview shows them, marked).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>A text read as if it were a file of the input (see <see cref="Reading.AddedFile"/>); null for none.</summary>
    public Reading.AddedFile? AddedFile { get; init; }

    /// <summary>Overrides <c>base_url</c> in site.yml.</summary>
    public string? BaseUrl { get; init; }

    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Replace an existing output folder even when the generator did not make it.</summary>
    public bool Force { get; init; }

    /// <summary>Print how long each stage took.</summary>
    public bool Timings { get; init; }

    /// <summary>Also print the report page to a PDF beside it, with headless Chromium.</summary>
    public bool Pdf { get; init; }

    /// <summary>Where encoded images are kept between builds: <c>.cache/images/</c> beside the input folder, unless set (absolute).</summary>
    public string ImageCacheFolder
    {
        get => field ?? Path.Combine(Path.GetDirectoryName(InputFolder) ?? InputFolder, ".cache", "images");
        init => field = Checked(value, nameof(ImageCacheFolder));
    }

    /// <summary>A path as messages show it: <see cref="ShownPath.Show(string, string)"/> against <see cref="WorkingFolder"/>.</summary>
    public string Show(string path) => ShownPath.Show(WorkingFolder, path);

    private static string Checked(string folder, string name) => Path.IsPathFullyQualified(folder)
        ? folder
        : throw new ArgumentException($"{name} must be an absolute path, not '{folder}': make it absolute against the working folder first (ShownPath.Absolute).", name);
}
