using Generator.Diagnostics;
using Generator.Reading;

namespace Generator;

/// <summary>
/// Whether the build would reject the file <c>new event</c> is about to write: the whole input is checked as <c>check</c>
/// checks it (every reader, address, id and link rule), once with the file added in memory; when the file's year is a draft,
/// as <c>check --drafts</c> checks it. Only problems the file brings count: when that check has errors, the input is checked
/// again without the file, and errors it already had are not blamed on the new file. (A draft year whose statement is not
/// filled in yet stops its check before its pages are made, so the id rule, RPT112, can only be applied once it is.)
/// </summary>
public static class NewEventCheck
{
    /// <param name="options">The input, theme and working folder of the command; nothing is written.</param>
    /// <param name="added">The file as it would be written.</param>
    /// <param name="year">The year whose events/ the file goes into.</param>
    /// <returns>The errors the file would cause, in the build's order and words; empty when it may be written.</returns>
    public static IReadOnlyList<Diagnostic> Problems(BuildOptions options, AddedFile added, int year)
    {
        var check = options with { WriteOutput = false, IncludeDrafts = false, Strict = false };
        var result = SiteBuilder.Build(check with { AddedFile = added });
        if (result.DraftYears.Contains(year))
        {
            // Other draft years stay out, so that their unfinished statements do not stop the pages of this one.
            check = check with { IncludeDrafts = true };
            result = SiteBuilder.Build(check with { AddedFile = added });
        }

        var with = Errors(result);
        if (with.Count == 0)
        {
            return [];
        }

        var before = Errors(SiteBuilder.Build(check)).Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. with.Where(d => !before.Contains(d.ToString()))];
    }

    private static List<Diagnostic> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)];
}
