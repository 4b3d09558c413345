using System.Globalization;
using Generator.Diagnostics;
using Generator.Text;

namespace Generator.Reading;

/// <summary>Reads one event: front matter <c>title</c>, <c>date</c> and/or <c>month</c>, and a Markdown body.</summary>
public static class EventReader
{
    private static readonly string[] LeadImageDetails = ["image_alt", "image_caption"];

    /// <summary>Reads one event file; null after an error (reported). See <see cref="ReadFile"/> for what is kept of a file with errors.</summary>
    public static EventSource? Read(string text, string displayPath, int? reportYear, DiagnosticBag diagnostics) =>
        ReadFile(text, displayPath, reportYear, diagnostics).Item;

    /// <summary>
    /// Reads one event file. Its front matter and its body are checked independently: an error in the front matter (a bad
    /// date, a missing title, YAML that cannot be read) leaves the event out, but its body is still checked when the
    /// build renders it (<see cref="ReadText{T}.Failed"/>), so one build shows the errors of both.
    /// </summary>
    public static ReadText<EventSource> ReadFile(string text, string displayPath, int? reportYear, DiagnosticBag diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text, displayPath, diagnostics);
        if (parts is null)
        {
            return new ReadText<EventSource>(null, null);
        }

        var map = YamlDocumentReader.Read(parts.Yaml, displayPath, parts.YamlFirstLine, diagnostics, YamlFile.Event);
        var readable = TextBody.Check(parts, displayPath, "The event has no text below its front matter.", diagnostics);
        var (source, draft) = map is null ? (null, false) : ReadFrontMatter(map, parts, reportYear);
        if (!readable)
        {
            return new ReadText<EventSource>(null, null);
        }

        return source is not null
            ? new ReadText<EventSource>(source, null)
            : new ReadText<EventSource>(null, new FailedText(displayPath, parts.Body, parts.BodyFirstLine, draft));
    }

    /// <summary>The event of a readable body, from its front matter (null after an error in it), and whether it says <c>draft: true</c>.</summary>
    private static (EventSource? Event, bool Draft) ReadFrontMatter(MappingReader map, FrontMatter parts, int? reportYear)
    {
        var displayPath = map.DisplayPath;
        var diagnostics = map.Diagnostics;
        map.WarnAboutUnknownKeys("title", "date", "month", "draft", "image", "image_alt", "image_caption", "slug");
        var title = map.Text("title", DiagnosticCodes.TitleMissing, "Give the event a heading, like: title: Samenvoeging IND-loketten");
        var date = ReadDate(map);
        var month = ReadMonth(map, date);
        var draft = map.Boolean("draft", DiagnosticCodes.DraftInvalid) ?? false;
        var image = ReadLeadImage(map);
        var slug = ReadSlug(map);

        if (date is { } d && reportYear is { } year && d.Year != year)
        {
            diagnostics.Error(DiagnosticCodes.DateOutsideYear, map.LocationOf("date"),
                $"'date' {DutchDates.Iso(d)} lies outside the report's year {year}: the events of input/{year}/ happen in {year}. Correct the date, or move the file to its year's folder.");
        }

        if (month is { } m)
        {
            EventFileName.WarnIfDisagrees(map, date, m, date?.Year ?? reportYear);
        }

        return title is null || month is null || (map.Has("slug") && slug is null)
            ? (null, draft)
            : (new EventSource(displayPath, title, date, month.Value, parts.Body, parts.BodyFirstLine, map.LocationOf("title"), draft, image,
                slug, slug is null ? null : map.LocationOf("slug")), draft);
    }

    /// <summary>The lead photo: <c>image</c> needs <c>image_alt</c>, and the alt text without a photo is a mistake too.</summary>
    private static LeadImage? ReadLeadImage(MappingReader map)
    {
        var path = map.Text("image");
        var alt = map.Text("image_alt");
        var caption = map.Text("image_caption");
        if (path is null)
        {
            foreach (var key in LeadImageDetails.Where(map.Has))
            {
                map.Diagnostics.Error(DiagnosticCodes.ImageNotFound, map.LocationOf(key),
                    $"'{key}' belongs to a lead photo, but there is no 'image'. Add it, like: image: ../images/loket.jpg");
            }

            return null;
        }

        if (Images.ImageAlt.Attribute(alt) is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.ImageAltMissing, map.LocationOf("image"),
                $"The lead photo '{path}' has no 'image_alt'. Describe what it shows, like: image_alt: Medewerkers bij het loket in Zwolle. For a purely decorative photo, write image_alt: '-'.");
            return null;
        }

        return new LeadImage(path, alt!, caption, map.LocationOf("image"));
    }

    /// <summary>An optional <c>slug:</c> that sets the event's address instead of its title; null when absent or invalid.</summary>
    private static string? ReadSlug(MappingReader map)
    {
        if (!map.Has("slug"))
        {
            return null;
        }

        var text = map.Text("slug", DiagnosticCodes.SlugInvalid, $"Write the address part, like: slug: werkbezoek-kyiv ({Slug.Rule}).", DiagnosticCodes.SlugInvalid);
        if (text is null || Slug.IsValid(text))
        {
            return text;
        }

        var suggestion = Slug.From(text);
        map.Diagnostics.Error(DiagnosticCodes.SlugInvalid, map.LocationOf("slug"),
            $"'slug' may contain {Slug.Rule}, not '{text}'."
            + (suggestion.Length > 0 ? $" Write: slug: {suggestion}" : ""));
        return null;
    }

    private static DateOnly? ReadDate(MappingReader map)
    {
        if (!map.Has("date"))
        {
            return null;
        }

        var text = map.Text("date", DiagnosticCodes.DateInvalid, "Write it like 2022-02-07, or leave the key out for an event known only by its month.", DiagnosticCodes.DateInvalid);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        map.Diagnostics.Error(DiagnosticCodes.DateInvalid, map.LocationOf("date"),
            $"'date' must be a date like 2022-02-07, not '{text}'.");
        return null;
    }

    private static int? ReadMonth(MappingReader map, DateOnly? date)
    {
        if (!map.Has("month"))
        {
            if (date is null && !map.Has("date"))
            {
                map.Diagnostics.Error(DiagnosticCodes.MonthMissing, map.Location,
                    "An event needs a 'date' (like 2022-02-07) or, when the day is not known, a 'month' (like maart).");
            }

            return date?.Month;
        }

        var text = map.Text("month", DiagnosticCodes.MonthInvalid, "Use a Dutch month name, like: month: maart", DiagnosticCodes.MonthInvalid);
        if (text is null)
        {
            return null;
        }

        var month = DutchMonths.Number(text);
        if (month == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.MonthInvalid, map.LocationOf("month"),
                $"'month' must be a Dutch month name ({string.Join(", ", DutchMonths.Names)}), not '{text}'.");
            return null;
        }

        if (date is { } d && d.Month != month)
        {
            map.Diagnostics.Error(DiagnosticCodes.MonthDisagreesWithDate, map.LocationOf("month"),
                $"'month' says {DutchMonths.Name(month)} but 'date' {DutchDates.Iso(d)} is in {DutchMonths.Name(d.Month)}. Correct one of the two.");
            return null;
        }

        return month;
    }
}
