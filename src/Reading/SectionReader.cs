using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>Reads one closing chapter: front matter <c>title</c> and <c>order</c>, and a Markdown body.</summary>
public static class SectionReader
{
    public static SectionSource? Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var parts = FrontMatterSplitter.Split(text, displayPath, diagnostics);
        if (parts is null)
        {
            return null;
        }

        var map = YamlDocumentReader.Read(parts.Yaml, displayPath, parts.YamlFirstLine, diagnostics, YamlFile.Chapter);
        if (map is null)
        {
            return null;
        }

        map.WarnAboutUnknownKeys("title", "order");
        var title = map.Text("title", DiagnosticCodes.TitleMissing, "Give the chapter a heading, like: title: Duurzaamheid");
        var order = map.WholeNumber("order", DiagnosticCodes.SectionOrderInvalid);

        if (string.IsNullOrWhiteSpace(parts.Body))
        {
            diagnostics.Warning(DiagnosticCodes.EmptyBody, new SourceLocation(displayPath, parts.BodyFirstLine, 1),
                "The chapter has no text below its front matter.");
        }

        Placeholder.WarnIfLeft(parts.Body, displayPath, parts.BodyFirstLine, diagnostics);
        var readable = MarkdownLimits.Check(parts.Body, displayPath, parts.BodyFirstLine, diagnostics);

        return !readable || title is null || order is null
            ? null
            : new SectionSource(displayPath, title, order.Value, parts.Body, parts.BodyFirstLine, map.LocationOf("title"));
    }
}
