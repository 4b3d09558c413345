using System.Globalization;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Reading;

/// <summary>
/// Typed, positioned access to one YAML mapping. Every problem becomes a diagnostic at the key or value
/// concerned; the accessors return null so the caller can carry on.
/// </summary>
public sealed class MappingReader(YamlMappingNode node, string displayPath, int firstLine, DiagnosticBag diagnostics)
{
    public string DisplayPath => displayPath;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The mapping as parsed, for tests that compare it with what the YAML means.</summary>
    internal YamlMappingNode Node => node;

    /// <summary>Where the mapping itself starts: for errors about a key that is missing.</summary>
    public SourceLocation Location => At(node.Start.Line, node.Start.Column);

    public bool Has(string key) => Find(key) is not null;

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

    /// <summary>Where the character at <paramref name="index"/> of the text value of <paramref name="key"/> stands, for a value
    /// on one line (plain or quoted, without escapes before it); the value's start otherwise.</summary>
    public SourceLocation LocationWithin(string key, int index)
    {
        if (Find(key) is not YamlScalarNode { } scalar || scalar.Start.Line != scalar.End.Line || scalar.Value is null
            || !LocationOf(key).Equals(At(scalar.Start.Line, scalar.Start.Column)))
        {
            return LocationOf(key);
        }

        var quote = scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted ? 1 : 0;
        var width = (int)(scalar.End.Column - scalar.Start.Column) - 2 * quote;
        return width == scalar.Value.Length
            ? At(scalar.Start.Line, scalar.Start.Column + quote + index)
            : LocationOf(key);
    }

    /// <summary>A non-empty text value, or null (with an error when <paramref name="missingCode"/> is given).</summary>
    public string? Text(string key, string? missingCode = null, string? hint = null)
    {
        var value = Find(key);
        if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) && !IsNull(value))
        {
            return text.Trim();
        }

        if (value is not null and not YamlScalarNode)
        {
            diagnostics.Error(DiagnosticCodes.SettingInvalid, LocationOf(key), $"'{key}' must be a single value, not a list or a mapping.");
            return null;
        }

        if (missingCode is not null)
        {
            diagnostics.Error(missingCode, value is null ? Location : LocationOf(key),
                $"'{key}' is required{(value is null ? " but missing" : " but empty")}.{(hint is null ? "" : " " + hint)}");
        }

        return null;
    }

    /// <summary>An amount by <see cref="WholeAmount"/>'s rule (427973, -26287); null with an error at the value otherwise.</summary>
    public decimal? Amount(string key, bool required)
    {
        var value = Find(key);
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

    public int? WholeNumber(string key, string invalidCode)
    {
        var value = Find(key);
        if (value is YamlScalarNode { Value: { } text }
            && int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        diagnostics.Error(invalidCode, LocationOf(key),
            value is null ? $"'{key}' is required but missing: give a whole number." : $"'{key}' must be a whole number, not '{(value as YamlScalarNode)?.Value}'.");
        return null;
    }

    /// <summary>A true/false value; null when absent, or with an error (<paramref name="code"/>, by default the site
    /// settings' RPT402) at the value when it is anything else, such as 'ja'.</summary>
    public bool? Boolean(string key, string code = DiagnosticCodes.SettingInvalid)
    {
        var value = Find(key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        var written = value is YamlScalarNode { Value: { } text } ? $", not '{text}'" : "";
        diagnostics.Error(code, LocationOf(key), $"'{key}' must be true or false{written} (YAML's words for yes and no: write true or false).");
        return null;
    }

    public MappingReader? Mapping(string key, bool required)
    {
        var value = Find(key);
        if (value is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, displayPath, firstLine, diagnostics);
        }

        if (value is not null || required)
        {
            diagnostics.Error(DiagnosticCodes.FinanceValueMissing, value is null ? Location : LocationOf(key),
                $"'{key}' must be a mapping of keys to values{(value is null ? " but is missing" : "")}.");
        }

        return null;
    }

    /// <summary>The mappings of a list (like <c>lines:</c>); an empty list when the key is absent.</summary>
    public IReadOnlyList<MappingReader> List(string key, bool required)
    {
        var value = Find(key);
        if (value is YamlSequenceNode sequence)
        {
            var items = new List<MappingReader>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlMappingNode mapping)
                {
                    items.Add(new MappingReader(mapping, displayPath, firstLine, diagnostics));
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.YamlNotMapping, At(item.Start.Line, item.Start.Column),
                        $"Each item of '{key}' must have keys, like '- label: …' with 'amount: …' beneath it.");
                }
            }

            return items;
        }

        if (value is not null || required)
        {
            diagnostics.Error(DiagnosticCodes.FinanceValueMissing, value is null ? Location : LocationOf(key),
                $"'{key}' must be a list of items{(value is null ? " but is missing" : "")}.");
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

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted, Value: "~" or "null" or "Null" or "NULL" };

    private SourceLocation At(long line, long column) =>
        new(displayPath, (int)line + firstLine - 1, (int)Math.Max(1, column));
}
