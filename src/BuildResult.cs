using Generator.Diagnostics;
using Generator.Writing;

namespace Generator;

/// <param name="Output">What the build did to the output folder.</param>
public sealed record BuildResult(WriteOutcome Output, int EventCount, int PageCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the new site replaced the output folder, whole.</summary>
    public bool Written => Output == WriteOutcome.Replaced;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>How long each stage took.</summary>
    public StageTimings Timings { get; init; } = new();

    /// <summary>The PDFs this build printed (build --pdf), one per year, by path in the output folder (<c>2022/jaaroverzicht-2022.pdf</c>); else empty.</summary>
    public IReadOnlyList<string> PdfFiles { get; init; } = [];

    /// <summary>How many images this build encoded; the rest came from the image cache.</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>How many image originals this build read and hashed; the others were unchanged since the last build.</summary>
    public int ImagesRead { get; init; }

    /// <summary>How many entries of the image cache this build removed because it no longer uses them.</summary>
    public int ImageCacheEntriesRemoved { get; init; }

    /// <summary>The years in preparation left out of this build (report.yml has <c>draft: true</c>; --drafts includes them); else empty.</summary>
    public IReadOnlyList<int> DraftYears { get; init; } = [];

    /// <summary>The years built without their previous year because it is a left-out draft (see <see cref="Computing.DraftNeighbour"/>).</summary>
    public IReadOnlyList<Computing.DraftNeighbour> DraftNeighbours { get; init; } = [];
}
