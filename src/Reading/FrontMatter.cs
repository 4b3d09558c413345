namespace Generator.Reading;

/// <summary>A Markdown file split in two: its YAML front matter and its body, each with the file line it starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
