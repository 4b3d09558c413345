using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Reading;

/// <summary>
/// The one rule for YAML's shortcuts in every input file (front matter, site.yml, report.yml, finance.yml): an anchor
/// (<c>&amp;m</c>), an alias (<c>*m</c>) and an explicit tag (<c>!!int</c>, <c>!x</c>) are never accepted. An alias
/// silently copies a value (a figure, a title) to another place, and a tag changes how a value is read, so a reviewer
/// would not see in the file what is published. This passes the parser's events on, unchanged, and notes where each
/// shortcut is written; <see cref="YamlDocumentReader"/> reports them (RPT024).
/// </summary>
internal sealed class YamlReferences(IParser parser) : IParser
{
    /// <summary>What a shortcut is.</summary>
    public enum Kind
    {
        Anchor,
        Alias,
        Tag,
    }

    private readonly List<(Mark Start, Kind Kind)> _found = [];

    /// <summary>Each anchor, alias and tag met so far, in the order of the file: where it starts (1-based line and column)
    /// and what it is. A node with both an anchor and a tag is one entry, at its start.</summary>
    public IReadOnlyList<(Mark Start, Kind Kind)> Found => _found;

    /// <inheritdoc/>
    public ParsingEvent? Current => parser.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            return false;
        }

        switch (parser.Current)
        {
            case AnchorAlias alias:
                _found.Add((alias.Start, Kind.Alias));
                break;
            // The stand-in for a value nested too deeply is the parser's own, not written in the file (see DepthLimitedParser).
            case NodeEvent node when !node.Tag.IsEmpty && node.Tag.Value == DepthLimitedParser.TooDeepTag && node.Anchor.IsEmpty:
                break;
            case NodeEvent node when !node.Anchor.IsEmpty || !node.Tag.IsEmpty:
                _found.Add((node.Start, node.Anchor.IsEmpty ? Kind.Tag : Kind.Anchor));
                break;
        }

        return true;
    }
}
