using System.Globalization;
using System.Text.Json;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Reading;

/// <summary>
/// Cases of the public YAML test suite (Fixtures/yaml-test-suite/, see its README) read as front matter: invalid YAML
/// is an error inside the front matter, valid YAML means what the suite says it means.
/// </summary>
public class YamlTestSuiteTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Fixtures, "yaml-test-suite");

    /// <summary>
    /// Block text ('|') whose only content is a line of spaces: outside what front matter uses, and YamlDotNet reads it
    /// wrongly. Listed here so that the choice is visible, and checked to still fail, so the list shrinks when it is fixed.
    /// </summary>
    private static readonly Dictionary<string, string> KnownWrong = new(StringComparer.Ordinal)
    {
        ["JEF9/01"] = "YamlDotNet refuses '- |+' followed by a line of spaces",
        ["JEF9/02"] = "as JEF9/01, without the final line break",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "in.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Folder, Path.GetDirectoryName(file)!).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_cases_named_in_issue_9_are_among_them() =>
        Assert.Superset(new HashSet<string>(["DK95/01", "DK95/04", "Y79Y/008", "Y79Y/009", "VJP3/01"]),
            Directory.EnumerateFiles(Folder, "in.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Folder, Path.GetDirectoryName(f)!).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_read_as_front_matter_has_the_suites_outcome(string id)
    {
        var folder = Path.Combine(Folder, id);
        var yaml = File.ReadAllText(Path.Combine(folder, "in.yaml"));
        var invalid = File.Exists(Path.Combine(folder, "error"));
        var json = File.Exists(Path.Combine(folder, "in.json")) ? File.ReadAllText(Path.Combine(folder, "in.json")) : null;

        var text = "---\n" + yaml + (yaml.EndsWith('\n') || yaml.Length == 0 ? "" : "\n") + "---\nTekst.\n";
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatterSplitter.Split(text, "input/2022/events/e.md", diagnostics);
        Assert.NotNull(parts);
        var map = YamlDocumentReader.Read(parts.Yaml, "input/2022/events/e.md", parts.YamlFirstLine, diagnostics);
        var found = diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error).ToList(); // not warnings like RPT018
        var yamlLines = yaml.Split('\n').Length;

        var outcome = Outcome();
        if (KnownWrong.TryGetValue(id, out var reason))
        {
            Assert.True(outcome is not null, $"{id} now reads correctly; remove it from the known-wrong list ({reason}).");
            return;
        }

        Assert.Null(outcome);

        string? Outcome()
        {
            if (invalid)
            {
                var error = found.FirstOrDefault(d => d.Severity == Severity.Error);
                if (error is null)
                {
                    return "invalid YAML was accepted";
                }

                return error.Location is { } at && at.Line >= 2 && at.Line <= yamlLines + 1 && at.Column >= 1
                    ? null
                    : $"the error is not inside the front matter: {error}";
            }

            JsonElement? meaning = json is null || json.Trim().Length == 0 ? null : JsonDocument.Parse(json).RootElement;
            if (meaning is { ValueKind: not JsonValueKind.Object } && meaning is { ValueKind: not JsonValueKind.Null })
            {
                // Valid YAML that is not a mapping: front matter must have keys, and says so.
                return found.Count == 1 && found[0].Code == DiagnosticCodes.YamlNotMapping ? null : $"expected only RPT013, got: {string.Join(" | ", found)}";
            }

            if (found.Count > 0 || map is null)
            {
                return $"valid YAML was refused: {string.Join(" | ", found)}";
            }

            return meaning is { } m && !Same(map.Node, m) ? $"read differently from {json}" : null;
        }
    }

    /// <summary>True when a parsed node means the same as the suite's JSON (keys in any order; YAML 1.2 core scalars).</summary>
    private static bool Same(YamlNode node, JsonElement json) => (node, json.ValueKind) switch
    {
        (YamlMappingNode mapping, JsonValueKind.Object) =>
            mapping.Children.Count == json.EnumerateObject().Count()
            && json.EnumerateObject().All(p => mapping.Children.TryGetValue(new YamlScalarNode(p.Name), out var value) && Same(value, p.Value)),
        (YamlSequenceNode sequence, JsonValueKind.Array) =>
            sequence.Children.Count == json.GetArrayLength() && sequence.Children.Zip(json.EnumerateArray()).All(p => Same(p.First, p.Second)),
        (YamlScalarNode scalar, JsonValueKind.String) => scalar.Value == json.GetString(),
        (YamlScalarNode scalar, JsonValueKind.Null) => scalar.Value is null or "" or "~" or "null" or "Null" or "NULL",
        (YamlScalarNode scalar, JsonValueKind.True or JsonValueKind.False) =>
            string.Equals(scalar.Value, json.GetRawText(), StringComparison.OrdinalIgnoreCase),
        (YamlScalarNode scalar, JsonValueKind.Number) =>
            double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == json.GetDouble(),
        _ => false,
    };
}
