using Generator.Diagnostics;

namespace Generator;

/// <summary>What one build reads, where it writes and how strict it is, as given on the command line.</summary>
/// <param name="DisplayRoot">The folder that paths in messages are relative to; the working folder when null.</param>
public sealed record BuildOptions(string InputFolder, string ThemeFolder, string OutputFolder, string? DisplayRoot = null)
{
    public static BuildOptions Default { get; } = new("input", "theme", "output");

    /// <summary>Warnings count as errors (for CI).</summary>
    public bool Strict { get; init; }

    /// <summary>False for <c>check</c>: every validation runs, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Events with <c>draft: true</c> are built too (the preview shows them, marked).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Overrides <c>base_url</c> in site.yml.</summary>
    public string? BaseUrl { get; init; }

    public LogFormat LogFormat { get; init; } = LogFormat.Text;

    /// <summary>Replace an existing output folder even when the generator did not make it.</summary>
    public bool Force { get; init; }

    /// <summary>Print how long each stage took.</summary>
    public bool Timings { get; init; }

    /// <summary>Also print the report page to a PDF beside it, with headless Chromium.</summary>
    public bool Pdf { get; init; }

    /// <summary>Where encoded images are kept between builds: <c>.cache/images/</c> beside the input folder, unless set.</summary>
    public string ImageCacheFolder
    {
        get => _imageCacheFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(InputFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".cache", "images");
        init => _imageCacheFolder = value;
    }

    private readonly string? _imageCacheFolder;
}
