using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Reading;

/// <summary>
/// YamlDotNet's parser with a limit on nesting: the representation model loads a nested mapping or list by recursion,
/// so a text nested thousands of levels deep would overflow the stack. This passes the parser's events on and throws
/// <see cref="NestingTooDeepException"/> at the first mapping or list that opens beyond <paramref name="maxDepth"/>,
/// before the loader recurses into it: the text is parsed once, not once to check and again to load.
/// </summary>
/// <param name="maxDepth">The mappings and lists that may be open inside each other.</param>
internal sealed class DepthLimitedParser(string yaml, int maxDepth) : IParser
{
    private readonly Parser _parser = new(new StringReader(yaml));
    private int _depth;

    /// <inheritdoc/>
    public ParsingEvent? Current => _parser.Current;

    /// <inheritdoc/>
    /// <exception cref="NestingTooDeepException">At the event that opens one level too many.</exception>
    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        switch (_parser.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                throw new NestingTooDeepException(_parser.Current.Start);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}

/// <summary>Thrown by <see cref="DepthLimitedParser"/>; <see cref="Start"/> is where the level too many opens (1-based line and column).</summary>
internal sealed class NestingTooDeepException(Mark start) : Exception("The YAML is nested too deeply.")
{
    public Mark Start { get; } = start;
}
