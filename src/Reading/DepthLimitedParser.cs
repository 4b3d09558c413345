using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Reading;

/// <summary>
/// YamlDotNet's parser with a limit on nesting: the representation model loads a nested mapping or list by recursion,
/// so a text nested thousands of levels deep would overflow the stack. This passes the parser's events on, and a
/// mapping or list that opens beyond <paramref name="maxDepth"/> is skipped whole (without recursion) and passed on as
/// one empty scalar tagged <see cref="TooDeepTag"/>, its place kept in <see cref="TooDeep"/>. The rest of the text is
/// loaded as usual, so its other values are still checked: the text is parsed once, not once to check and again to load.
/// A part nested beyond <see cref="MaxSkipped"/> levels is not read to its end (YamlDotNet's scanner takes time that grows
/// with the square of the depth): <see cref="NestingTooDeepException"/> is thrown, and the text is then the one error.
/// </summary>
/// <param name="maxDepth">The mappings and lists that may be open inside each other.</param>
internal sealed class DepthLimitedParser(string yaml, int maxDepth) : IParser
{
    /// <summary>The tag of the scalar that stands in for a value nested too deeply: no YAML text writes it.</summary>
    public const string TooDeepTag = "tag:generator.invalid,2026:too-deep";

    /// <summary>The stand-in scalar's tag, as YamlDotNet's nodes carry it.</summary>
    public static readonly TagName StandInTag = new(TooDeepTag);

    /// <summary>How deep a part nested too deeply is still read to its end, to go on after it.</summary>
    public const int MaxSkipped = 1_000;

    private readonly Parser _parser = new(new StringReader(yaml));
    private int _depth;
    private ParsingEvent? _standIn;

    /// <summary>Where each mapping or list that opened one level too many starts (1-based line and column), in text order.</summary>
    public List<Mark> TooDeep { get; } = [];

    /// <inheritdoc/>
    public ParsingEvent? Current => _standIn ?? _parser.Current;

    /// <inheritdoc/>
    /// <exception cref="NestingTooDeepException">At a part nested beyond <see cref="MaxSkipped"/> levels.</exception>
    public bool MoveNext()
    {
        _standIn = null;
        if (!_parser.MoveNext())
        {
            return false;
        }

        switch (_parser.Current)
        {
            case NodeEvent opening and (MappingStart or SequenceStart) when _depth + 1 > maxDepth:
                TooDeep.Add(opening.Start);
                SkipNode(opening.Start);
                _standIn = new Scalar(opening.Anchor, StandInTag, "", ScalarStyle.Plain, false, false, opening.Start, _parser.Current!.End);
                break;
            case MappingStart or SequenceStart:
                _depth++;
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }

    /// <summary>From a mapping's or list's start, reads on to its end, counting the levels in between rather than recursing.</summary>
    private void SkipNode(Mark start)
    {
        var open = 1;
        while (open > 0 && _parser.MoveNext())
        {
            switch (_parser.Current)
            {
                case MappingStart or SequenceStart when ++open + _depth > MaxSkipped:
                    throw new NestingTooDeepException(start);
                case MappingStart or SequenceStart:
                    break;
                case MappingEnd or SequenceEnd:
                    open--;
                    break;
            }
        }
    }
}

/// <summary>Thrown by <see cref="DepthLimitedParser"/>; <see cref="Start"/> is where the level too many opens (1-based line and column).</summary>
internal sealed class NestingTooDeepException(Mark start) : Exception("The YAML is nested too deeply.")
{
    public Mark Start { get; } = start;
}
