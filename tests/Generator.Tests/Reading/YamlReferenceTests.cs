using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>
/// YAML anchors, aliases and tags are errors at their place (RPT024) in every YAML input, through the real CLI: an alias
/// would copy a figure or title unseen, a tag changes how a value is read. Nothing is built from such a file.
/// </summary>
public class YamlReferenceTests
{
    private const string Event = "input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md";

    private static IReadOnlyList<string> Errors(TestSite site)
    {
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        return [.. result.Output.Split('\n').Concat(result.Error.Split('\n')).Where(l => l.Contains(": error ", StringComparison.Ordinal))];
    }

    [Fact]
    public void An_alias_in_finance_yml_is_refused_at_the_anchor_and_at_the_alias()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "    amount: 6114", "    amount: &m 6114");
        site.Edit("input/2022/finance.yml", "    amount: 3409", "    amount: *m");
        var lines = site.Read("input/2022/finance.yml").Split('\n');
        var anchorLine = Array.FindIndex(lines, l => l.Contains("&m", StringComparison.Ordinal)) + 1;
        var aliasLine = Array.FindIndex(lines, l => l.Contains("*m", StringComparison.Ordinal)) + 1;

        var errors = Errors(site);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith($"input/2022/finance.yml({anchorLine},13): error RPT024: '&m' is a YAML anchor", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"input/2022/finance.yml({aliasLine},13): error RPT024: '*m' is a YAML alias", errors[1], StringComparison.Ordinal);
        Assert.Contains("A value must be written where it is used, so a reviewer sees it", errors[1], StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_anchor_or_a_tag_does_not_hide_a_bad_date_in_the_same_front_matter()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(Event, "title: IND onderzoekt interne cultuur", "title: !!str IND onderzoekt interne cultuur");
        site.Edit(Event, "date: 2022-01-26", "date: &d 2022-01-99");

        var errors = Errors(site);
        Assert.Equal(3, errors.Count);
        Assert.StartsWith($"{Event}(2,8): error RPT024: '!!str' is a YAML tag", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"{Event}(3,7): error RPT024: '&d' is a YAML anchor", errors[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Event}(3,7): error RPT103:", errors[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Event, "title: IND onderzoekt interne cultuur", "title: &t IND onderzoekt interne cultuur\nslug: *t", "&t", 2, 8)]
    [InlineData(Event, "title: IND onderzoekt interne cultuur", "title: !!str IND onderzoekt interne cultuur", "!!str", 2, 8)]
    [InlineData("input/2022/finance.yml", "amount: 427973", "amount: !!int 427973", "!!int", 0, 15)]
    [InlineData("input/2022/report.yml", "title:", "title: !x", "!x", 0, 8)]
    [InlineData("input/site.yml", "title:", "title: &s", "&s", 0, 8)]
    public void Every_YAML_input_refuses_anchors_aliases_and_tags(string file, string oldText, string newText, string written, int line, int column)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(file, oldText, newText);
        var expectedLine = line > 0 ? line : Array.FindIndex(site.Read(file).Split('\n'), l => l.Contains(written, StringComparison.Ordinal)) + 1;

        var errors = Errors(site);
        Assert.Contains(errors, e => e.StartsWith($"{file}({expectedLine},{column}): error RPT024: '{written}' is a YAML ", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains(" RPT024: ", e, StringComparison.Ordinal));
    }

    [Fact]
    public void A_merge_key_of_another_mapping_is_an_alias_too()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "saldo:\n  label: Saldo van baten en lasten\n", "saldo:\n  <<: *x\n  label: Saldo van baten en lasten\n");
        var errors = Errors(site);
        var error = Assert.Single(errors);
        Assert.Contains(": error RPT024: '*x' is a YAML alias", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2\"", "'order' must be a whole number written as plain digits, like 1: '2' is written as text, in quotes; write it without quotes, like 2.")]
    [InlineData("'7'", "'order' must be a whole number written as plain digits, like 1: '7' is written as text, in quotes; write it without quotes, like 7.")]
    [InlineData("02", "'order' must be a whole number written as plain digits, like 1: '02' starts with a 0, which some YAML readers take for an octal number; write 2.")]
    [InlineData("2.0", "'order' must be a whole number written as plain digits, like 1: '2.0' has a decimal point; write 2.")]
    public void A_quoted_or_odd_order_is_refused_as_a_quoted_amount_is(string order, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        var chapter = Directory.EnumerateFiles(Path.Combine(site.Input, "2022", "sections")).Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(site.Root, chapter).Replace('\\', '/');
        var text = site.Read(relative);
        var at = text.IndexOf("order: ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', at);
        site.Write(relative, text[..(at + 7)] + order + text[end..]);
        var line = text[..at].Count(c => c == '\n') + 1;

        var error = Assert.Single(Errors(site));
        Assert.Equal($"{relative}({line},8): error RPT201: {message}", error);
    }

    [Theory]
    [InlineData("input/2022/report.yml", "title: Jaaroverzicht 2022\n", "title: Jaaroverzicht 2022\ndraft: \"false\"\n", "RPT114", "'draft' is written as text, in quotes; write it without quotes: draft: false.")]
    [InlineData("input/site.yml", "title: Jaaroverzichten\n", "title: Jaaroverzichten\nopen_data: 'true'\n", "RPT402", "'open_data' is written as text, in quotes; write it without quotes: open_data: true.")]
    [InlineData(Event, "title: IND onderzoekt interne cultuur\n", "title: IND onderzoekt interne cultuur\ndraft: \"true\"\n", "RPT114", "'draft' is written as text, in quotes; write it without quotes: draft: true.")]
    public void A_quoted_true_or_false_is_refused_as_a_quoted_number_is(string file, string oldText, string newText, string code, string message)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit(file, oldText, newText);
        var line = Array.FindIndex(site.Read(file).Split('\n'), l => l.StartsWith("draft:", StringComparison.Ordinal) || l.StartsWith("open_data:", StringComparison.Ordinal)) + 1;
        var column = newText.Split('\n')[1].IndexOf(' ', StringComparison.Ordinal) + 2;
        var error = Assert.Single(Errors(site));
        Assert.Equal($"{file}({line},{column}): error {code}: {message}", error);
    }
}
