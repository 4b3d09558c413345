using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Reading;

/// <summary>Parses a YAML text that must be a mapping, turning every YamlDotNet failure into a positioned diagnostic.</summary>
public static class YamlDocumentReader
{
    /// <summary>Far beyond any real settings file; deeper nesting would overflow the stack while loading.</summary>
    public const int MaxDepth = 64;

    /// <summary>The anchors, aliases and tags reported for one text; the rest follow once these are written out.</summary>
    private const int MaxReferencesReported = 20;

    private static readonly System.Buffers.SearchValues<char> EndOfReference = System.Buffers.SearchValues.Create(" \t,[]{}");

    /// <param name="firstLine">The file line the YAML text starts on (2 for front matter), so positions point into the file.</param>
    /// <param name="file">The kind of file, for the code and words of a value of the wrong kind (see <see cref="YamlFile"/>).</param>
    public static MappingReader? Read(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics, YamlFile? file = null)
    {
        // The nesting limit comes before every other problem, as when it was checked in a pass of its own; that pass is
        // made only when the text has another problem, and the text is otherwise parsed once (see DepthLimitedParser).
        var lineBreaks = new DiagnosticBag();
        if (YamlLineBreaks.Report(yaml, displayPath, firstLine, lineBreaks))
        {
            if (!ReportTooDeep(yaml, displayPath, firstLine, diagnostics))
            {
                diagnostics.AddRange(lineBreaks.ToSortedList());
            }

            return null;
        }

        var tabs = new DiagnosticBag();
        if (YamlTabs.Report(yaml, displayPath, firstLine, tabs))
        {
            if (!ReportTooDeep(yaml, displayPath, firstLine, diagnostics))
            {
                diagnostics.AddRange(tabs.ToSortedList());
            }

            return null;
        }

        var text = yaml;
        yaml = YamlTabs.BlankWhitespaceOnlyLines(yaml);
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(yaml, MaxDepth);
        var references = new YamlReferences(parser);
        try
        {
            stream.Load(references);
        }
        catch (NestingTooDeepException e)
        {
            ReportTooDeep(displayPath, firstLine, ((int)e.Start.Line, (int)Math.Max(1, e.Start.Column)), diagnostics);
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException && ReportTooDeep(text, displayPath, firstLine, diagnostics))
        {
            return null;
        }
        catch (AnchorNotFoundException) when (references.Found.Count > 0)
        {
            // An alias without its anchor: the alias is the fault, whichever way it is completed.
            ReportReferences(references, yaml, displayPath, firstLine, diagnostics);
            return null;
        }
        catch (YamlException) when (YamlFlowLines.Join(yaml) is { } joined && TryLoad(joined) is { } retried)
        {
            // Valid YAML that YamlDotNet refuses: a flow mapping's key and ':' on different lines (see YamlFlowLines).
            (stream, parser, references) = retried;
            yaml = joined;
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(displayPath, (int)e.Start.Line + firstLine - 1, (int)Math.Max(1, e.Start.Column));
            var duplicate = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal);
            diagnostics.Error(duplicate ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.YamlSyntax, location,
                duplicate ? $"{e.Message}: each key may appear only once. Remove or rename one of them." : YamlErrorWords.Explain(e, yaml));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Some parser failures carry no position (see DESIGN.md): point at the last thing the parser understood.
            var (line, column) = LastPositionReached(yaml);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, line + firstLine - 1, column),
                "The YAML cannot be read from here on. Is a '[', '{' or quote opened here and never closed?");
            return null;
        }

        // A value nested too deeply was loaded as an empty stand-in: reported here, once, and passed over by every reader of
        // the mapping (see MappingReader), so that the other values are still checked and that one is not reported again.
        foreach (var deep in parser.TooDeep)
        {
            ReportTooDeep(displayPath, firstLine, ((int)deep.Line, (int)Math.Max(1, deep.Column)), diagnostics);
        }

        if (references.Found.Count > 0)
        {
            ReportReferences(references, yaml, displayPath, firstLine, diagnostics);
            // An anchor or a tag leaves the value as written, so the file's other values are still checked (all errors at
            // once); an alias puts another value in its place, whose checks would only follow from it, so none is made.
            if (references.Found.Any(r => r.Kind == YamlReferences.Kind.Alias))
            {
                return null;
            }
        }

        if (stream.Documents.Count == 0)
        {
            return new MappingReader(new YamlMappingNode(), displayPath, firstLine, diagnostics, file, yaml);
        }

        if (MayMakeControlCharacters(yaml) && ReportControlCharacters(stream.Documents[0], yaml, displayPath, firstLine, diagnostics))
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var start = stream.Documents[0].RootNode.Start;
            diagnostics.Error(DiagnosticCodes.YamlNotMapping,
                new SourceLocation(displayPath, (int)start.Line + firstLine - 1, (int)start.Column),
                "Expected keys with values (like 'title: …'), not a list or a single value.");
            return null;
        }

        return new MappingReader(mapping, displayPath, firstLine, diagnostics, file, yaml, holdsTooDeep: parser.TooDeep.Count > 0);
    }

    /// <summary>
    /// Whether a value of <paramref name="yaml"/> can hold a control character: one typed in the text, or one made by an
    /// escape, which needs a backslash. Most texts have neither, and their values need not be walked.
    /// </summary>
    private static bool MayMakeControlCharacters(string yaml) =>
        yaml.Contains('\\', StringComparison.Ordinal) || Text.ControlCharacters.IndexOf(yaml) >= 0;

    /// <summary>
    /// A double-quoted value can make a control character with an escape ("\v", "\x0b", "\u000b"); like one typed in the
    /// file (see <see cref="TextFileReader"/>), it is an error at the escape that makes it.
    /// </summary>
    private static bool ReportControlCharacters(YamlDocument document, string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var found = false;
        var lines = yaml.Split('\n');
        foreach (var node in EachNodeOnce(document.RootNode))
        {
            if (node is YamlScalarNode { Value: { } value } && Text.ControlCharacters.IndexOf(value) is var at and >= 0
                && !TypedIn(lines, node, value[at]))
            {
                var (line, column) = ScalarSource.Locate(yaml, (YamlScalarNode)node, at) ?? ((int)node.Start.Line, (int)node.Start.Column);
                diagnostics.Error(DiagnosticCodes.ControlCharacter,
                    new SourceLocation(displayPath, line + firstLine - 1, Math.Max(1, column)),
                    $"This value makes the invisible control character {Text.ControlCharacters.Describe(value[at])} with an escape like \\v or \\x0b. Remove the escape.");
                found = true;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="c"/> is typed in the lines of <paramref name="node"/>, not made by an escape: then
    /// <see cref="TextFileReader"/> has reported it at its place (RPT007), once.</summary>
    private static bool TypedIn(string[] lines, YamlNode node, char c)
    {
        var first = (int)Math.Max(1, node.Start.Line) - 1;
        var last = (int)Math.Min(lines.Length, Math.Max(node.End.Line, node.Start.Line));
        return lines.Take(last).Skip(first).Any(line => line.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every node once, however often aliases repeat it. YamlDotNet's <c>AllNodes</c> follows each alias again, so an
    /// alias bomb (ten levels of nine aliases) took 9^10 steps; this walk takes one per node written in the file.
    /// </summary>
    internal static IEnumerable<YamlNode> EachNodeOnce(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            var children = node switch
            {
                YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
                YamlSequenceNode sequence => sequence.Children,
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// Reports each anchor, alias and tag (<see cref="YamlReferences"/>) at its place, up to <see cref="MaxReferencesReported"/>
    /// (an alias bomb is one mistake, not hundreds), with the fix.
    /// </summary>
    private static void ReportReferences(YamlReferences references, string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var lines = yaml.Split('\n');
        foreach (var (start, kind) in references.Found.Take(MaxReferencesReported))
        {
            var line = (int)Math.Max(1, start.Line);
            var column = (int)Math.Max(1, start.Column);
            var written = Written(line <= lines.Length ? lines[line - 1] : "", column - 1);
            var name = written.Length > 1 ? written[1..] : "m";
            diagnostics.Error(DiagnosticCodes.YamlReference, new SourceLocation(displayPath, line + firstLine - 1, column), kind switch
            {
                YamlReferences.Kind.Alias =>
                    $"'{written}' is a YAML alias: it repeats a value marked with '&{name}' elsewhere in the file. A value must be written "
                    + "where it is used, so a reviewer sees it: write the value itself here instead of the alias.",
                YamlReferences.Kind.Anchor =>
                    $"'{written}' is a YAML anchor: it marks this value to be repeated elsewhere with '*{name}'. A value must be written "
                    + $"where it is used, so a reviewer sees it: remove '{written}' here, and write the value itself wherever the alias stands.",
                _ =>
                    $"'{written}' is a YAML tag: it changes how the value after it is read. Values are written plainly, so a reviewer sees "
                    + $"what is published: remove '{written}' (a figure is written as digits, like 427973; a text in quotes when it needs them).",
            });
        }
    }

    /// <summary>The anchor, alias or tag that starts at <paramref name="index"/> of <paramref name="line"/>: up to a space or a
    /// bracket, brace or comma that ends it.</summary>
    private static string Written(string line, int index)
    {
        if (index >= line.Length)
        {
            return "";
        }

        var end = line.AsSpan(index).IndexOfAny(EndOfReference);
        return end < 0 ? line[index..] : line.Substring(index, Math.Max(1, end));
    }

    /// <summary>Reports <see cref="DiagnosticCodes.NestedTooDeep"/> where <paramref name="yaml"/> first nests too deeply, if it does; true when it did.</summary>
    private static bool ReportTooDeep(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        if (TooDeep(yaml) is not { } deep)
        {
            return false;
        }

        ReportTooDeep(displayPath, firstLine, deep, diagnostics);
        return true;
    }

    /// <param name="deep">The 1-based line and column in the YAML text.</param>
    private static void ReportTooDeep(string displayPath, int firstLine, (int Line, int Column) deep, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.NestedTooDeep, new SourceLocation(displayPath, deep.Line + firstLine - 1, deep.Column),
            $"The YAML is nested more than {MaxDepth} levels deep here; settings and front matter need only a few.");

    private static (YamlStream Stream, DepthLimitedParser Parser, YamlReferences References)? TryLoad(string yaml)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(yaml, MaxDepth);
        var references = new YamlReferences(parser);
        try
        {
            stream.Load(references);
            return (stream, parser, references);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or NestingTooDeepException)
        {
            return null;
        }
    }

    /// <summary>
    /// Walks the parser's events (which does not recurse) to find where nesting passes <see cref="MaxDepth"/>, even when
    /// the text has a problem that the representation model would refuse first (a duplicate key before the deep place).
    /// </summary>
    private static (int Line, int Column)? TooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            return ((int)parser.Current.Start.Line, (int)Math.Max(1, parser.Current.Start.Column));
                        }

                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Syntax errors are reported by the real load, with their position.
        }

        return null;
    }

    private static (int Line, int Column) LastPositionReached(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var position = (Line: 1, Column: 1);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current)
                {
                    position = ((int)Math.Max(1, current.Start.Line), (int)Math.Max(1, current.Start.Column));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Expected: we are looking for the place where it fails.
        }

        return position;
    }
}
