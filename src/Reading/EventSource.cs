using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>One event file as read: front matter checked, body still Markdown with template expressions.</summary>
/// <param name="Date">Null for an event known only by its month.</param>
/// <param name="Draft">A concept: left out of a build, shown (marked) by the preview.</param>
/// <param name="Image">The lead photo, or null.</param>
/// <param name="ChosenSlug">The address set by a valid <c>slug:</c> key; null when the slug is made from the title.</param>
/// <param name="SlugLocation">Where the <c>slug:</c> value is; null without one.</param>
public sealed record EventSource(
    string Path,
    string Title,
    DateOnly? Date,
    int Month,
    string Body,
    int BodyFirstLine,
    SourceLocation TitleLocation,
    bool Draft = false,
    LeadImage? Image = null,
    string? ChosenSlug = null,
    SourceLocation? SlugLocation = null)
{
    /// <summary>The event's slug: the chosen one, or the one made from its title by <see cref="Text.Slug.From"/>.</summary>
    public string Slug => ChosenSlug ?? Text.Slug.From(Title);

    /// <summary>Where an error about the slug belongs: at the <c>slug:</c> value, else at the title it comes from.</summary>
    public SourceLocation AddressLocation => SlugLocation ?? TitleLocation;
}
