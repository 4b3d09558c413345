using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Reading;

/// <summary>
/// Where YamlDotNet gets tabs wrong, checked around it rather than in a parser of our own. YAML allows tabs as space
/// between tokens but never as indentation; YamlDotNet accepts some tab indentation (yaml-test-suite DK95/01, Y79Y/003–009,
/// some giving an empty key), refuses a line holding only a tab (DK95/04), and reports a tab it refuses one line early.
/// The cases are in tests/Generator.Tests/Fixtures/yaml-test-suite/.
/// </summary>
public static partial class YamlTabs
{
    /// <summary>
    /// Reports each tab that YAML does not allow, at the tab: indentation of a block mapping or list (also inside its
    /// quoted, flow or block-scalar values), and a tab between '-', '?' or ':' and a nested list or key. True when any.
    /// </summary>
    public static bool Report(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var lines = yaml.Split('\n');
        var rootIsBlock = RootIsBlockCollection(lines);
        var found = false;
        void Error(int line, int column, string message)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(displayPath, line + firstLine, column + 1), message);
            found = true;
        }

        var state = new ScanState();
        int? blockScalarParent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var blank = string.IsNullOrWhiteSpace(line);
            if (blockScalarParent is { } parent)
            {
                if (blank || Indentation(line) > parent)
                {
                    if (parent >= 0 && line.StartsWith('\t'))
                    {
                        Error(i, 0, "A tab is used for indentation in this block text ('|' or '>'); YAML allows only spaces there. Replace the tab by spaces.");
                    }

                    continue;
                }

                blockScalarParent = null;
            }

            if (blank)
            {
                continue;
            }

            var continuation = state.InQuotes || state.FlowDepth > 0;
            if (rootIsBlock && line.StartsWith('\t'))
            {
                Error(i, 0, "A tab is used for indentation here; YAML allows only spaces for indentation. Replace the tab by spaces.");
            }
            else if (!continuation && NestedAfterTab(line) is var (tab, afterIndicator) && tab >= 0)
            {
                Error(i, tab, afterIndicator
                    ? "A tab separates '-', '?' or ':' from a nested list or key here; YAML allows only spaces there. Replace the tab by a space."
                    : "A tab is used for indentation here; YAML allows only spaces for indentation. Replace the tab by spaces.");
            }

            state.Scan(line);
            if (!state.InQuotes && state.FlowDepth == 0 && BlockScalarHeader().IsMatch(line))
            {
                blockScalarParent = line[0] is '|' or '>' ? -1 : Indentation(line);
            }
        }

        return found;
    }

    /// <summary>
    /// The text with every line that holds only spaces and tabs made empty (outside block text), which YAML reads the same
    /// way and YamlDotNet then accepts. Line and column numbers of everything else are unchanged.
    /// </summary>
    public static string BlankWhitespaceOnlyLines(string yaml)
    {
        if (!yaml.Contains('\t', StringComparison.Ordinal))
        {
            return yaml;
        }

        var lines = yaml.Split('\n');
        var state = new ScanState();
        int? blockScalarParent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var blank = string.IsNullOrWhiteSpace(line);
            if (blockScalarParent is { } parent && (blank || Indentation(line) > parent))
            {
                continue;
            }

            blockScalarParent = null;
            if (blank)
            {
                lines[i] = "";
                continue;
            }

            state.Scan(line);
            if (!state.InQuotes && state.FlowDepth == 0 && BlockScalarHeader().IsMatch(line))
            {
                blockScalarParent = Indentation(line);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Where a tab before a nested block entry is (0-based column, -1 for none), and whether it follows '-', '?' or ':'.</summary>
    private static (int Column, bool AfterIndicator) NestedAfterTab(string line)
    {
        var position = 0;
        var afterIndicator = false;
        while (true)
        {
            int? tab = null;
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                tab ??= line[position] == '\t' ? position : null;
                position++;
            }

            var rest = line.AsSpan(position);
            var indicator = rest.Length > 0 && rest[0] is '-' or '?' or ':' && (rest.Length == 1 || rest[1] is ' ' or '\t');
            if (tab is { } column && (indicator || ImplicitKey().IsMatch(rest)))
            {
                return (column, afterIndicator);
            }

            if (!indicator)
            {
                return (-1, false);
            }

            position++;
            afterIndicator = true;
        }
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    private static int FirstContentLine(string[] lines) =>
        Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'));

    /// <summary>True when the document is a block mapping or list, whose lines all need space indentation.</summary>
    private static bool RootIsBlockCollection(string[] lines)
    {
        var first = FirstContentLine(lines);
        if (first < 0 || lines[first][0] is ' ' or '\t')
        {
            return false;
        }

        var line = lines[first];
        return line is "-" or "?" || line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("? ", StringComparison.Ordinal)
            || line.StartsWith("-\t", StringComparison.Ordinal) || line.StartsWith("?\t", StringComparison.Ordinal)
            || ImplicitKey().IsMatch(line);
    }

    /// <summary>Whether a line ends inside a quoted value or a flow collection ('[' or '{'), which the next line continues.</summary>
    private sealed class ScanState
    {
        private char _quote;

        public bool InQuotes => _quote != 0;

        public int FlowDepth { get; private set; }

        public void Scan(string line)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (_quote == '"')
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == '"')
                    {
                        _quote = '\0';
                    }
                }
                else if (_quote == '\'')
                {
                    if (c == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                    {
                        i++;
                    }
                    else if (c == '\'')
                    {
                        _quote = '\0';
                    }
                }
                else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    return;
                }
                else if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '\t' or '[' or '{' or ',' or ':' or '-' or '?'))
                {
                    _quote = c;
                }
                else if (c is '[' or '{')
                {
                    FlowDepth++;
                }
                else if (c is ']' or '}' && FlowDepth > 0)
                {
                    FlowDepth--;
                }
            }
        }
    }

    /// <summary>A line whose value is block text: 'key: |', '- >-', or a lone '|'.</summary>
    [GeneratedRegex(@"(^[ \t]*|[:?-][ \t]+)[|>][1-9+-]{0,2}[ \t]*(#.*)?$")]
    private static partial Regex BlockScalarHeader();

    /// <summary>The start of a 'key:' entry: a plain or quoted key followed by ':' and a space or the line end.</summary>
    [GeneratedRegex("""^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{},&*!|>%@`](?:[^#:]|:(?=[^\s]))*?)[ \t]*:(?:[ \t]|$)""")]
    private static partial Regex ImplicitKey();
}
