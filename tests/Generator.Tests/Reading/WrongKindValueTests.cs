using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

/// <summary>
/// Every key of every YAML input given a value of the wrong kind (a list, a mapping or nothing where one line of text is
/// needed; text where a list or mapping is) is an error with the code of its own kind of file, at the value, in words that
/// name the key and the file: an event's RPT1xx, a chapter's RPT2xx, finance.yml's RPT3xx, site.yml's and report.yml's
/// RPT4xx. '«»' in each text stands where the value is written.
/// </summary>
public class WrongKindValueTests
{
    private const string Event = "title: «title»\ndate: «date»\nmonth: «month»\ndraft: «draft»\nslug: «slug»\nimage: «image»\nimage_alt: «image_alt»\nimage_caption: «image_caption»\n";

    private const string Chapter = "title: «title»\norder: «order»\n";

    private const string Site = "title: «title»\norganisation: «organisation»\nlanguage: «language»\ndescription: «description»\nbase_url: «base_url»\nallow_raw_html: «allow_raw_html»\nopen_data: «open_data»\nlogo: «logo»\n";

    private const string Report = "title: «title»\ndescription: «description»\ndraft: «draft»\n";

    private const string Finance = """
        title: «title»
        caption: «caption»
        column: «column»
        unit: «unit»
        income: «income»
          label: «income_label»
          total_label: «total_label»
          lines: «lines»
            - key: «key»
              label: «label»
              amount: «amount»
        expenses:
          lines:
            - key: b
              label: B
              amount: 2
        saldo: «saldo»
          label: «saldo_label»
        memo: «memo»
          - key: m
            label: «memo_label»
            amount: 3
        rounding_note: «rounding_note»

        """;

    /// <summary>What each key holds when it is right.</summary>
    private static readonly Dictionary<string, string> Good = new()
    {
        ["title"] = "Titel",
        ["date"] = "2022-03-01",
        ["month"] = "maart",
        ["draft"] = "false",
        ["slug"] = "een-slug",
        ["image"] = "../images/a.jpg",
        ["image_alt"] = "Een foto",
        ["image_caption"] = "Onderschrift",
        ["order"] = "1",
        ["organisation"] = "IND",
        ["language"] = "nl",
        ["description"] = "Omschrijving",
        ["base_url"] = "https://example.org/",
        ["allow_raw_html"] = "false",
        ["open_data"] = "true",
        ["logo"] = "images/logo.png",
        ["caption"] = "Baten en lasten",
        ["column"] = "Bedrag",
        ["unit"] = "1",
        ["income"] = "",
        ["income_label"] = "Baten",
        ["total_label"] = "Totaal baten",
        ["lines"] = "",
        ["key"] = "a",
        ["label"] = "A",
        ["amount"] = "1",
        ["saldo"] = "",
        ["saldo_label"] = "Saldo",
        ["memo"] = "",
        ["memo_label"] = "M",
        ["rounding_note"] = "Afgerond.",
    };

    /// <summary>file, template, key, wrong value, code.</summary>
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        void Text(string file, string template, string key, string code, string? emptyCode = null)
        {
            foreach (var wrong in new[] { "[a, b]", "{a: b}", "\n  - a\n  - b", "\n  a: b" })
            {
                data.Add(file, template, key, wrong, code);
            }

            if (key != "description")
            {
                data.Add(file, template, key, "~", emptyCode ?? code);
                data.Add(file, template, key, "", emptyCode ?? code);
            }
        }

        foreach (var key in new[] { "title", "image", "image_alt", "image_caption" })
        {
            Text("event", Event, key, "RPT115", key == "title" ? "RPT101" : null);
        }

        Text("event", Event, "date", "RPT103");
        Text("event", Event, "month", "RPT104");
        Text("event", Event, "slug", "RPT111");
        Text("event", Event, "draft", "RPT114");
        Text("chapter", Chapter, "title", "RPT203", "RPT101");
        Text("chapter", Chapter, "order", "RPT201");
        foreach (var key in new[] { "title", "organisation", "language", "description", "logo", "allow_raw_html", "open_data" })
        {
            Text("site", Site, key, "RPT402", key is "title" or "organisation" ? "RPT401" : null);
        }

        Text("site", Site, "base_url", "RPT403");
        Text("report", Report, "title", "RPT402", "RPT401");
        Text("report", Report, "description", "RPT402");
        Text("report", Report, "draft", "RPT114");
        foreach (var key in new[] { "title", "caption", "column", "rounding_note", "income_label", "total_label", "saldo_label" })
        {
            Text("finance", Finance, key, "RPT310");
        }

        Text("finance", Finance, "memo_label", "RPT310", "RPT301");

        Text("finance", Finance, "label", "RPT310", "RPT301");
        Text("finance", Finance, "key", "RPT305");
        Text("finance", Finance, "unit", "RPT302");
        Text("finance", Finance, "amount", "RPT302", "RPT308");

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_value_of_the_wrong_kind_has_the_code_of_its_file_at_the_value(string file, string template, string key, string wrong, string code)
    {
        var (path, firstLine, diagnostics) = Read(file, Fill(template, key, wrong));

        var marked = template.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains($"«{key}»", StringComparison.Ordinal));
        var column = marked.line.IndexOf('«', StringComparison.Ordinal) + 1;
        var indentation = marked.line.Length - marked.line.TrimStart(' ', '-').Length;
        var at = wrong.StartsWith('\n')
            ? new SourceLocation(path, firstLine + marked.i + 1, indentation + 3)
            : new SourceLocation(path, firstLine + marked.i, wrong.Length == 0 ? column - 1 : column);
        var name = key.Contains("label", StringComparison.Ordinal) ? "label" : key;
        var error = Assert.Single(diagnostics, d => d.Code == code && d.Location == at);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains($"'{(key == "total_label" ? key : name)}'", error.Message, StringComparison.Ordinal);
        if (file != "site" && file != "report")
        {
            Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("RPT4", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("income: tekst\n", 1, 9)]
    [InlineData("income: [a, b]\n", 1, 9)]
    [InlineData("income:\n  - a\n", 2, 3)]
    [InlineData("income:\n  lines: tekst\n", 2, 10)]
    [InlineData("income:\n  lines: {a: b}\n", 2, 10)]
    [InlineData("income:\n  lines:\n    a: b\n", 3, 5)]
    [InlineData("income: {lines: [{key: a, label: A, amount: 1}]}\nsaldo: tekst\n", 2, 8)]
    [InlineData("income: {lines: [{key: a, label: A, amount: 1}]}\nsaldo: [a]\n", 2, 8)]
    [InlineData("income: {lines: [{key: a, label: A, amount: 1}]}\nmemo: tekst\n", 2, 7)]
    [InlineData("income: {lines: [{key: a, label: A, amount: 1}]}\nmemo:\n  a: b\n", 3, 3)]
    public void Text_or_a_list_where_a_mapping_belongs_and_the_reverse_is_finances_error(string start, int line, int column)
    {
        var (path, _, diagnostics) = Read("finance", start + "expenses:\n  lines:\n    - key: b\n      label: B\n      amount: 2\n");
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("RPT310", error.Code);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
        Assert.Contains("in finance.yml is", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site")]
    [InlineData("report")]
    public void An_empty_description_is_none_as_new_year_leaves_it(string file)
    {
        var (_, _, diagnostics) = Read(file, Fill(file == "site" ? Site : Report, "description", ""));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_key_as_written_is_no_problem()
    {
        foreach (var (file, template) in new[] { ("event", Event), ("chapter", Chapter), ("site", Site), ("report", Report), ("finance", Finance) })
        {
            var (_, _, diagnostics) = Read(file, Fill(template, "", ""));
            Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error && d.Code != "RPT701");
        }
    }

    [Fact]
    public void An_events_title_as_a_list_says_what_to_write_with_the_events_code()
    {
        var (_, _, diagnostics) = Read("event", "title: [a, b]\ndate: 2022-03-01\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal(
            "input/2022/events/2022-03-01-e.md(2,8): error RPT115: 'title' in the event's front matter is a list, but it must be one line of text: "
            + "write the title as one line of text. Give the event a heading, like: title: Samenvoeging IND-loketten",
            error.ToString());
    }

    private static string Fill(string template, string key, string wrong)
    {
        var text = template;
        if (key.Length > 0)
        {
            // A block list or mapping is indented beneath its key.
            var line = template.Split('\n').First(l => l.Contains($"«{key}»", StringComparison.Ordinal));
            var indentation = new string(' ', line.Length - line.TrimStart(' ', '-').Length);
            text = text.Replace($"«{key}»", wrong.Replace("\n", "\n" + indentation, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        foreach (var (name, value) in Good)
        {
            text = text.Replace($"«{name}»", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static (string Path, int FirstLine, IReadOnlyList<Diagnostic> Diagnostics) Read(string file, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var (path, firstLine) = file switch
        {
            "event" => ("input/2022/events/2022-03-01-e.md", 2),
            "chapter" => ("input/2022/sections/s.md", 2),
            "site" => ("input/site.yml", 1),
            "report" => ("input/2022/report.yml", 1),
            _ => ("input/2022/finance.yml", 1),
        };
        _ = file switch
        {
            "event" => EventReader.Read($"---\n{yaml}---\nTekst.\n", path, 2022, diagnostics) as object,
            "chapter" => SectionReader.Read($"---\n{yaml}---\nTekst.\n", path, diagnostics),
            "site" => SiteReader.Read(yaml, path, diagnostics),
            "report" => ReportSettingsReader.Read(yaml, path, 2022, diagnostics),
            _ => FinanceReader.Read(yaml, path, diagnostics, 2022),
        };
        return (path, firstLine, diagnostics.ToSortedList());
    }
}
