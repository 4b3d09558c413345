using Generator.Diagnostics;
using Generator.Text;
using YamlDotNet.RepresentationModel;

namespace Generator.Reading;

/// <summary>
/// Typed, positioned access to one YAML mapping. Every problem becomes a diagnostic at the key or value
/// concerned; the accessors return null so the caller can carry on. A value that holds a part nested too deeply (reported
/// when the YAML was read, see <see cref="DepthLimitedParser"/>) is passed over in silence: present, but without a value.
/// </summary>
/// <param name="file">The kind of file, for the code and words of a value of the wrong kind; by default site.yml's (RPT402).</param>
/// <param name="source">The YAML text the mapping was parsed from, to place a diagnostic inside a value (see
/// <see cref="LocationWithin"/>); null points at the value's start instead.</param>
/// <param name="holdsTooDeep">True when the YAML had a part nested too deeply, so that values are looked through for it.</param>
public sealed class MappingReader(YamlMappingNode node, string displayPath, int firstLine, DiagnosticBag diagnostics,
    YamlFile? file = null, string? source = null, bool holdsTooDeep = false)
{
    private readonly YamlFile _file = file ?? YamlFile.Site;

    public string DisplayPath => displayPath;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The mapping as parsed, for tests that compare it with what the YAML means.</summary>
    internal YamlMappingNode Node => node;

    /// <summary>Where the mapping itself starts: for errors about a key that is missing.</summary>
    public SourceLocation Location => At(node.Start.Line, node.Start.Column);

    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when <paramref name="key"/> holds a list (as <see cref="List"/> reads it).</summary>
    public bool IsList(string key) => Find(key) is YamlSequenceNode;

    /// <summary>True when <paramref name="key"/> is present with no value at all (<c>amount:</c>), as a form left to fill in.</summary>
    public bool IsEmpty(string key) =>
        Find(key) is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } scalar
        && (string.IsNullOrWhiteSpace(scalar.Value) || IsNull(scalar));

    /// <summary>
    /// Where the value of <paramref name="key"/> is written; the mapping's start when the key is missing. A value given by an
    /// alias (<c>month: *t</c>) is the anchored node itself, which starts before its key: it is reported at the key, on the
    /// alias's line, not at the anchor's.
    /// </summary>
    public SourceLocation LocationOf(string key)
    {
        var keyNode = new YamlScalarNode(key);
        if (Find(key) is not { } value)
        {
            return Location;
        }

        var written = node.Children.Keys.First(k => k.Equals(keyNode));
        return value.Start.CompareTo(written.Start) < 0 ? At(written.Start.Line, written.Start.Column) : At(value.Start.Line, value.Start.Column);
    }

    /// <summary>Where the character at <paramref name="index"/> of the text value of <paramref name="key"/> stands in the file,
    /// whatever the value's style (plain, quoted with escapes, over several lines, a block; see <see cref="ScalarSource"/>);
    /// the value's start when it cannot be known (a value given by an alias, or a reader made without its source text).</summary>
    public SourceLocation LocationWithin(string key, int index)
    {
        if (Find(key) is not YamlScalarNode { } scalar || source is null
            || !LocationOf(key).Equals(At(scalar.Start.Line, scalar.Start.Column))
            || ScalarSource.Locate(source, scalar, index) is not { } at)
        {
            return LocationOf(key);
        }

        return At(at.Line, at.Column);
    }

    /// <summary>The trimmed text of <paramref name="key"/> when it is one non-empty line of text, without reporting anything:
    /// for a second look at a value that <see cref="Text"/> has already reported on.</summary>
    public string? Peek(string key) =>
        Find(key) is YamlScalarNode { Value: { } text } value && !string.IsNullOrWhiteSpace(text) && !IsNull(value) ? text.Trim() : null;

    /// <summary>
    /// A non-empty text value within its length (<see cref="TextLimits"/>), or null. With an error (the file's code of a
    /// value of the wrong kind, or <paramref name="invalidCode"/>) when the value is a list or mapping, is longer than its
    /// limit, or is there but empty while optional (<c>caption:</c>: remove the line to leave it out); with an error
    /// <paramref name="missingCode"/> when it is required and missing or empty.
    /// </summary>
    /// <param name="hint">How to write the value, added to a message about a missing or wrong value.</param>
    /// <param name="invalidCode">The code of a wrong value, when the key has its own (RPT103 for an event's 'date').</param>
    /// <param name="emptyIsNone">An empty value means none, as its absence does, when nothing else would be put in its place (a
    /// 'description:' that 'new year' leaves to fill in); otherwise an empty optional value is an error.</param>
    public string? Text(string key, string? missingCode = null, string? hint = null, string? invalidCode = null, bool emptyIsNone = false)
    {
        var value = Find(key);
        if (IsReported(value))
        {
            return null;
        }

        var code = invalidCode ?? _file.WrongKindCode;
        var advice = hint is null ? "" : " " + hint;
        if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) && !IsNull(value))
        {
            if (TextLimits.Problem(key, text, $"'{key}' in {_file.Noun}") is { } tooLong)
            {
                diagnostics.Error(code, LocationOf(key), tooLong);
                return null;
            }

            return text.Trim();
        }

        if (value is not null and not YamlScalarNode)
        {
            var what = value is YamlSequenceNode ? "a list" : "a mapping (keys with values)";
            diagnostics.Error(code, LocationOf(key),
                $"'{key}' in {_file.Noun} is {what}, but it must be one line of text: write the {key} as one line of text.{advice}");
            return null;
        }

        if (missingCode is not null)
        {
            diagnostics.Error(missingCode, value is null ? Location : LocationOf(key),
                $"'{key}' is required{(value is null ? " but missing" : " but empty")}.{advice}");
        }
        else if (value is not null && !emptyIsNone)
        {
            diagnostics.Error(code, LocationOf(key),
                $"'{key}' in {_file.Noun} is empty. Write its text after the colon, or remove the line to leave it out.{advice}");
        }

        return null;
    }

    /// <summary>An amount by <see cref="WholeAmount"/>'s rule (427973, -26287); null with an error at the value otherwise.</summary>
    public decimal? Amount(string key, bool required)
    {
        var value = Find(key);
        if (IsReported(value))
        {
            return null;
        }

        if (value is null)
        {
            if (required)
            {
                diagnostics.Error(DiagnosticCodes.FinanceValueMissing, Location, $"'{key}' is required but missing. Write it as a number, like '{key}: 427973'.");
            }

            return null;
        }

        if (WholeAmount.Parse(value, key, out var message) is { } amount)
        {
            return amount;
        }

        diagnostics.Error(DiagnosticCodes.AmountInvalid, LocationOf(key), message);
        return null;
    }

    /// <summary>A whole number by <see cref="WholeAmount.ParseNumber"/>'s rule, the one rule for every number in the input
    /// (<c>order: 2</c>; not <c>"2"</c> in quotes, <c>02</c> or <c>2.0</c>); null with an error (<paramref name="invalidCode"/>) at the value otherwise.</summary>
    public int? WholeNumber(string key, string invalidCode)
    {
        var value = Find(key);
        if (IsReported(value))
        {
            return null;
        }

        if (value is null)
        {
            diagnostics.Error(invalidCode, Location, $"'{key}' is required but missing: give a whole number, like {key}: 1.");
            return null;
        }

        if (WholeAmount.ParseNumber(value, key, "1", out var message) is { } number and >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        diagnostics.Error(invalidCode, LocationOf(key), value switch
        {
            YamlSequenceNode => $"'{key}' is a list, but it must be a whole number, like {key}: 1.",
            YamlMappingNode => $"'{key}' is a mapping (keys with values), but it must be a whole number, like {key}: 1.",
            YamlScalarNode { Value: var written } when string.IsNullOrWhiteSpace(written) || IsNull(value) => $"'{key}' is empty: give a whole number, like {key}: 1.",
            _ => message.Length > 0 ? message : $"'{key}' is too large; give a whole number, like {key}: 1.",
        });
        return null;
    }

    /// <summary>A true/false value; null when absent, or with an error (<paramref name="code"/>, by default the site
    /// settings' RPT402) at the value when it is anything else, such as 'ja' or "true" in quotes (a text).</summary>
    public bool? Boolean(string key, string code = DiagnosticCodes.SettingInvalid)
    {
        var value = Find(key);
        if (value is null || IsReported(value))
        {
            return null;
        }

        if (value is YamlScalarNode { Value: "true" or "false", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar)
        {
            return scalar.Value == "true";
        }

        if (value is YamlScalarNode { Value: "true" or "false" } quoted)
        {
            // In quotes it is a text, as a quoted number is (see WholeAmount): one rule for every typed value.
            diagnostics.Error(code, LocationOf(key), $"'{key}' is written as text, in quotes; write it without quotes: {key}: {quoted.Value}.");
            return null;
        }

        var written = value is YamlScalarNode { Value: { } text } ? $", not '{text}'" : "";
        diagnostics.Error(code, LocationOf(key), $"'{key}' must be true or false{written} (YAML's words for yes and no: write true or false).");
        return null;
    }

    public MappingReader? Mapping(string key, bool required)
    {
        var value = Find(key);
        if (IsReported(value))
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, displayPath, firstLine, diagnostics, _file, source, holdsTooDeep);
        }

        if (value is not null)
        {
            diagnostics.Error(_file.WrongKindCode, LocationOf(key),
                $"'{key}' in {_file.Noun} is {Kind(value)}, but it must be a mapping of keys to values, each on its own line indented beneath '{key}:'.");
        }
        else if (required)
        {
            diagnostics.Error(DiagnosticCodes.FinanceValueMissing, Location, $"'{key}' must be a mapping of keys to values but is missing.");
        }

        return null;
    }

    /// <summary>The mappings of a list (like <c>lines:</c>); an empty list when the key is absent.</summary>
    public IReadOnlyList<MappingReader> List(string key, bool required)
    {
        var value = Find(key);
        if (IsReported(value))
        {
            return [];
        }

        if (value is YamlSequenceNode sequence)
        {
            var items = new List<MappingReader>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlMappingNode mapping)
                {
                    items.Add(new MappingReader(mapping, displayPath, firstLine, diagnostics, _file, source, holdsTooDeep));
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.YamlNotMapping, At(item.Start.Line, item.Start.Column),
                        $"Each item of '{key}' must have keys, like '- label: …' with 'amount: …' beneath it.");
                }
            }

            return items;
        }

        if (value is not null)
        {
            diagnostics.Error(_file.WrongKindCode, LocationOf(key),
                $"'{key}' in {_file.Noun} is {Kind(value)}, but it must be a list of items, each starting with '- ' on its own line beneath '{key}:'.");
        }
        else if (required)
        {
            diagnostics.Error(DiagnosticCodes.FinanceValueMissing, Location, $"'{key}' must be a list of items but is missing.");
        }

        return [];
    }

    /// <summary>Warns about keys the reader does not know: usually a typo that would otherwise be ignored.</summary>
    public void WarnAboutUnknownKeys(params string[] known)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode)
            {
                // A complex key ('? [a, b]' or '[a, b]: x') is a list or mapping used as a key: no setting is named so.
                var what = key is YamlSequenceNode ? "a list" : "a mapping";
                diagnostics.Warning(DiagnosticCodes.UnknownKey, At(key.Start.Line, key.Start.Column),
                    $"This key is {what}, not a name, so it is ignored. Keys are plain names, like 'title:'. Known keys here: {string.Join(", ", known)}.");
                continue;
            }

            var name = ((YamlScalarNode)key).Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownKey, At(key.Start.Line, key.Start.Column),
                    $"Unknown key '{name}' is ignored. Known keys here: {string.Join(", ", known)}.");
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> holds a part nested too deeply, reported already: then nothing more is said of it.</summary>
    private bool IsReported(YamlNode? value) =>
        holdsTooDeep && value is not null && YamlDocumentReader.EachNodeOnce(value).Any(n => n is YamlScalarNode scalar && scalar.Tag.Equals(DepthLimitedParser.StandInTag));

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>What a value is, in words: "a list", "a mapping", "empty" or "the text 'x'".</summary>
    private static string Kind(YamlNode value) => value switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping (keys with values)",
        YamlScalarNode { Value: var text } when string.IsNullOrWhiteSpace(text) || IsNull(value) => "empty",
        YamlScalarNode { Value: var text } => $"the text '{text}'",
        _ => "something else",
    };

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted, Value: "~" or "null" or "Null" or "NULL" };

    private SourceLocation At(long line, long column) =>
        new(displayPath, (int)line + firstLine - 1, (int)Math.Max(1, column));
}
