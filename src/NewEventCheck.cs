using Generator.Diagnostics;
using Generator.Reading;

namespace Generator;

/// <summary>
/// Whether the build would reject the file <c>new event</c> is about to write: the whole input is checked as <c>check
/// --drafts</c> checks it (every reader, address, id and link rule, with draft years and events), once with the file added in
/// memory. Only problems the file brings count: when that check has errors, the input is checked again without the file,
/// and errors it already had (an unfinished draft year, say) are not blamed on the new file.
/// </summary>
public static class NewEventCheck
{
    /// <param name="options">The input, theme and working folder of the command; nothing is written.</param>
    /// <param name="added">The file as it would be written.</param>
    /// <returns>The errors the file would cause, in the build's order and words; empty when it may be written.</returns>
    public static IReadOnlyList<Diagnostic> Problems(BuildOptions options, AddedFile added)
    {
        var check = options with { WriteOutput = false, IncludeDrafts = true, Strict = false };
        var with = Errors(SiteBuilder.Build(check with { AddedFile = added }));
        if (with.Count == 0)
        {
            return [];
        }

        var before = Errors(SiteBuilder.Build(check)).Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. with.Where(d => !before.Contains(d.ToString()))];
    }

    private static List<Diagnostic> Errors(BuildResult result) => [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)];
}
