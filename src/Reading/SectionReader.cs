using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads one closing chapter: front matter <c>title</c> and <c>order</c>, and a Markdown body.</summary>
public static class SectionReader
{
    /// <summary>Reads one chapter file; null after an error (reported). See <see cref="ReadFile"/> for what is kept of a file with errors.</summary>
    public static SectionSource? Read(string text, string displayPath, DiagnosticBag diagnostics) =>
        ReadFile(text, displayPath, diagnostics).Item;

    /// <summary>
    /// Reads one chapter file. Its front matter and its body are checked independently: an error in the front matter
    /// leaves the chapter out, but its body is still checked when the build renders it (<see cref="ReadText{T}.Failed"/>).
    /// </summary>
    public static ReadText<SectionSource> ReadFile(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text, displayPath, diagnostics);
        if (parts is null)
        {
            return new ReadText<SectionSource>(null, null);
        }

        var map = YamlDocumentReader.Read(parts.Yaml, displayPath, parts.YamlFirstLine, diagnostics, YamlFile.Chapter);
        var readable = TextBody.Check(parts, displayPath, "The chapter has no text below its front matter.", diagnostics);
        var section = map is null ? null : ReadFrontMatter(map, parts);
        if (!readable)
        {
            return new ReadText<SectionSource>(null, null);
        }

        return section is not null
            ? new ReadText<SectionSource>(section, null)
            : new ReadText<SectionSource>(null, new FailedText(displayPath, parts.Body, parts.BodyFirstLine));
    }

    private static SectionSource? ReadFrontMatter(MappingReader map, FrontMatter parts)
    {
        map.WarnAboutUnknownKeys("title", "order");
        var title = map.Text("title", DiagnosticCodes.TitleMissing, "Give the chapter a heading, like: title: Duurzaamheid");
        var order = map.WholeNumber("order", DiagnosticCodes.SectionOrderInvalid);
        return title is null || order is null
            ? null
            : new SectionSource(map.DisplayPath, title, order.Value, parts.Body, parts.BodyFirstLine, map.LocationOf("title"));
    }
}
