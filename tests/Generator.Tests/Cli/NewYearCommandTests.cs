using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary><c>new year</c> starts a year from last year's keys and labels, and never overwrites.</summary>
public class NewYearCommandTests
{
    [Fact]
    public void New_year_writes_report_yml_an_empty_events_folder_and_last_years_keys_and_labels_without_amounts()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "year", "2023");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("input/2023/report.yml\ninput/2023/finance.yml\ninput/2023/events/.gitkeep\n"
            + "Year moved from 2022 to 2023 in input/2023/finance.yml: 'Baten en lasten 2022' is now 'Baten en lasten 2023'.\n"
            + "Year moved from 2022 to 2023 in input/2023/finance.yml: 'Realisatie 2022' is now 'Realisatie 2023'.\n"
            + "Year moved from 2022 to 2023 in input/2023/finance.yml: 'Kosten Oekraïne 2022' is now 'Kosten Oekraïne 2023'.\n"
            + "Year moved from 2022 to 2023 in input/2023/finance.yml: 'Betaalde dwangsommen 2022' is now 'Betaalde dwangsommen 2023'.\n"
            + "Fill in every amount in input/2023/finance.yml (the build refuses an empty one) and check its labels.\n"
            + "The year is a draft (draft: true in input/2023/report.yml): build and check leave it out until you remove that line; add --drafts to check it now.\n", result.Output);
        Assert.Equal([".gitkeep"], Directory.GetFileSystemEntries(Path.Combine(site.Input, "2023", "events")).Select(Path.GetFileName));
        Assert.Contains("title: Jaaroverzicht 2023\n", site.Read("input/2023/report.yml"), StringComparison.Ordinal);
        Assert.Contains("\ndraft: true\n", site.Read("input/2023/report.yml"), StringComparison.Ordinal);

        var last = Read(site.Read("input/2022/finance.yml"), "input/2022/finance.yml", out var lastDiagnostics)!;
        Assert.Empty(lastDiagnostics);
        var text = site.Read("input/2023/finance.yml");
        var blank = Read(text, "input/2023/finance.yml", out var diagnostics);

        // Every amount of 2022 is an empty amount to fill in, each at its own line; nothing else is wrong.
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.AmountToFillIn, d.Code));
        Assert.Equal(1 + last.Expenses.Lines.Count + last.Memo.Count, diagnostics.Count);
        Assert.Equal(diagnostics.Count, diagnostics.Select(d => d.Location!.Line).Distinct().Count());
        Assert.False(blank!.Income.Complete || blank.Expenses.Complete); // so no total is computed without its amounts

        // The keys and labels of 2022, in order; the caption, column and labels name the new year where they named 2022.
        var keysAndLabels = text.Split('\n').Where(l => l.TrimStart().StartsWith("- key:", StringComparison.Ordinal) || l.TrimStart().StartsWith("label:", StringComparison.Ordinal));
        Assert.Equal(
            ["label: \"Baten\"", "label: \"Lasten\"", "- key: personele_kosten", "label: \"Personele kosten\"", "- key: materiele_kosten", "label: \"Materiële kosten\"",
             "label: \"Saldo van baten en lasten\"", "- key: oekraine", "label: \"Kosten Oekraïne 2023\"", "- key: dwangsommen", "label: \"Betaalde dwangsommen 2023\""],
            keysAndLabels.Select(l => l.Trim()));
        Assert.Contains("caption: \"Baten en lasten 2023\"\ncolumn: \"Realisatie 2023\"\nunit: 1000\n", text, StringComparison.Ordinal);

        // Filling in the amounts gives a statement that reads without a word.
        var filled = text.Replace("amount:\n", "amount: 100\n", StringComparison.Ordinal).Replace("published_total:\n", "published_total: 500\n", StringComparison.Ordinal);
        Assert.NotNull(Read(filled, "input/2023/finance.yml", out var after));
        Assert.Empty(after);

        // A draft year does not block publishing 2022: build and check leave it out and say so in one line each.
        const string Info = "info: 2023 is left out: it is a draft (draft: true in input/2023/report.yml). Add --drafts to {0} it too; remove 'draft: true' to publish it.";
        foreach (var command in new[] { "build", "check" })
        {
            var run = site.Run(command);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal("", run.Error);
            Assert.Single(run.Output.Split('\n'), l => l == string.Format(System.Globalization.CultureInfo.InvariantCulture, Info, command));
        }

        Assert.False(Directory.Exists(Path.Combine(site.Output, "2023")));
        Assert.DoesNotContain("2023", site.Page("index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // With --drafts it is built and fully checked: its empty amounts fail (RPT308), and nothing is written.
        foreach (var command in new[] { "build", "check" })
        {
            var run = site.Run(command, "--drafts");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("input/2023/finance.yml(", run.Error, StringComparison.Ordinal);
            Assert.Contains($"error {DiagnosticCodes.AmountToFillIn}:", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("info:", run.Output, StringComparison.Ordinal);
        }

        // Without the draft line the year is part of every build again.
        site.Edit("input/2023/report.yml", "draft: true\n", "");
        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.AmountToFillIn && d.Location!.Path == "input/2023/finance.yml");

        // The report of 2022 builds with zero diagnostics, even with a .gitkeep among its events.
        File.Copy(Path.Combine(site.Input, "2023", "events", ".gitkeep"), Path.Combine(site.Input, "2022", "events", ".gitkeep"));
        Directory.Delete(Path.Combine(site.Input, "2023"), recursive: true);
        Assert.Empty(site.BuildSuccessfully().Diagnostics);
    }

    [Fact]
    public void New_year_refuses_a_year_that_exists_and_changes_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2023/report.yml", "title: Al begonnen\n");
        var result = site.Run("new", "year", "2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("generator: error: the year 2023 already exists (input/2023); nothing was written. Edit its files instead, or give another year.\n"
            + "Add --help to 'new year' to see its options.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal("title: Al begonnen\n", site.Read("input/2023/report.yml"));
        Assert.False(File.Exists(Path.Combine(site.Input, "2023", "finance.yml")));
    }

    [Fact]
    public void New_year_takes_the_nearest_earlier_years_finance_and_quotes_any_label()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2024/finance.yml", """
            unit: 1
            income:
              published_total: 10
            expenses:
              lines:
                - key: inhuur
                  label: 'Inhuur: "extern" # derden'
                  amount: 10
            """);
        var result = site.Run("new", "year", "2025");

        Assert.Equal(0, result.ExitCode);
        var text = site.Read("input/2025/finance.yml");
        Assert.Contains("input/2024/finance.yml", text, StringComparison.Ordinal);
        var blank = Read(text.Replace("amount:\n", "amount: 7\n", StringComparison.Ordinal).Replace("published_total:\n", "published_total: 7\n", StringComparison.Ordinal),
            "input/2025/finance.yml", out var diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal(("inhuur", "Inhuur: \"extern\" # derden"), (blank.Expenses.Lines[0].Key, blank.Expenses.Lines[0].Label));
    }

    [Theory]
    [InlineData("2021", "2022")] // an earlier year, copied from the later one: not source + 1
    [InlineData("2024", "2022")] // two years on
    [InlineData("2019", "2022")]
    public void New_year_writes_the_new_year_wherever_the_copied_texts_named_the_source_year(string year, string source)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "year", year);

        Assert.Equal(0, result.ExitCode);
        var text = site.Read($"input/{year}/finance.yml");
        Assert.Contains($"caption: \"Baten en lasten {year}\"\ncolumn: \"Realisatie {year}\"\n", text, StringComparison.Ordinal);
        Assert.Contains($"label: \"Kosten Oekraïne {year}\"", text, StringComparison.Ordinal);
        Assert.Contains($"label: \"Betaalde dwangsommen {year}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(source, text.Split('\n').Where(l => !l.StartsWith('#')).Aggregate("", (a, l) => a + l + "\n"), StringComparison.Ordinal);
        Assert.Contains($"title: Jaaroverzicht {year}\n", site.Read($"input/{year}/report.yml"), StringComparison.Ordinal);

        // Filled in and no longer a draft, the new year builds without the warning about a year from another report (RPT309).
        site.Write($"input/{year}/report.yml", site.Read($"input/{year}/report.yml").Replace("draft: true\n", "", StringComparison.Ordinal));
        site.Write($"input/{year}/finance.yml", text.Replace("amount:\n", "amount: 100\n", StringComparison.Ordinal).Replace("published_total:\n", "published_total: 500\n", StringComparison.Ordinal));
        site.Write($"input/{year}/events/{year}-03-01-test.md", $"---\ntitle: Test\ndate: {year}-03-01\nmonth: maart\n---\nTekst.\n");
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.OtherYearNamed);
    }

    [Fact]
    public void New_year_copies_from_the_nearest_earlier_year_and_moves_its_year_not_the_year_before_the_new_one()
    {
        using var site = TestSite.CopyOfRealReport();
        Assert.Equal(0, site.Run("new", "year", "2023").ExitCode);
        site.Write("input/2023/finance.yml", site.Read("input/2023/finance.yml").Replace("amount:\n", "amount: 1\n", StringComparison.Ordinal)
            .Replace("published_total:\n", "published_total: 1\n", StringComparison.Ordinal));
        var result = site.Run("new", "year", "2025");

        Assert.Equal(0, result.ExitCode);
        var text = site.Read("input/2025/finance.yml");
        Assert.Contains("started from the keys and labels of input/2023/finance.yml", text, StringComparison.Ordinal);
        Assert.Contains("caption: \"Baten en lasten 2025\"\ncolumn: \"Realisatie 2025\"\n", text, StringComparison.Ordinal);
        Assert.Contains("label: \"Kosten Oekraïne 2025\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void New_year_without_a_year_to_copy_from_is_a_usage_error_even_with_a_finance_yml_of_the_old_single_year_layout()
    {
        using var site = TestSite.CopyOfRealReport();
        File.Move(Path.Combine(site.Input, "2022", "finance.yml"), Path.Combine(site.Input, "finance.yml"));
        var result = site.Run("new", "year", "2023");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("generator: error: there is no year to take the keys and labels from: 'input' has no folder like 2022/ with a finance.yml.",
            result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "2023")));
    }

    [Theory]
    [InlineData("1899")]
    [InlineData("1800")]
    [InlineData("3000")]
    [InlineData("twintig")]
    [InlineData("2024x")]
    [InlineData("20 24")]
    [InlineData("")]
    [InlineData("2023.0")]
    [InlineData("+2023")]
    [InlineData("２０２３")] // full-width digits
    public void New_year_refuses_what_is_not_a_year(string year)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "year", year);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(year.Length == 0 ? "generator: error: the year needs a year of four digits, like 2023 (from 1900 to 2999), not an empty value."
            : $"generator: error: the year needs a year of four digits, like 2023 (from 1900 to 2999), not '{year}'.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(site.Input), d => Path.GetFileName(d) == year);
    }

    [Fact]
    public void A_year_in_preparation_can_be_copied_with_its_amounts_left_empty_again()
    {
        using var site = TestSite.CopyOfRealReport();
        Assert.Equal(0, site.Run("new", "year", "2023").ExitCode);
        // Partly filled in: one amount written, the rest still empty, as a year in preparation is.
        site.Write("input/2023/finance.yml", site.Read("input/2023/finance.yml").Replace("key: personele_kosten\n      label: \"Personele kosten\"\n      amount:\n",
            "key: personele_kosten\n      label: \"Personele kosten\"\n      amount: 431000\n", StringComparison.Ordinal));

        var result = site.Run("new", "year", "2024");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        var text = site.Read("input/2024/finance.yml");
        Assert.DoesNotContain("431000", text, StringComparison.Ordinal); // no figure is ever copied
        Assert.Contains("# The statement of 2024, started from the keys and labels of input/2023/finance.yml.", text, StringComparison.Ordinal);

        // The same keys and labels as 2023's (years moved), every amount and the published total to fill in again.
        var blank = Read(text, "input/2024/finance.yml", out var diagnostics)!;
        var source = site.Read("input/2023/finance.yml");
        Assert.Equal(Keys(source), Keys(text));
        Assert.Equal(5, diagnostics.Count); // income's published_total, the two expense lines and the two memo lines
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.AmountToFillIn, d.Code));
        Assert.Contains("label: \"Kosten Oekraïne 2024\"", text, StringComparison.Ordinal);
        Assert.Contains("caption: \"Baten en lasten 2024\"", text, StringComparison.Ordinal);
        Assert.NotNull(blank);

        // And from 2024 (nothing filled in at all) to 2025.
        Assert.Equal(0, site.Run("new", "year", "2025").ExitCode);
        Assert.Equal(Keys(source), Keys(site.Read("input/2025/finance.yml")));
    }

    private static List<string> Keys(string financeYml) =>
        [.. financeYml.Split('\n').Where(l => l.TrimStart().StartsWith("- key:", StringComparison.Ordinal) || l.TrimStart().StartsWith("label:", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), "20[0-9]{2}", "YYYY"))];

    [Theory]
    [InlineData("Personele kosten 2022-2023", "2023", "Personele kosten 2023-2024")]
    [InlineData("Personele kosten 2021-2022", "2023", "Personele kosten 2022-2023")]
    [InlineData("Personele kosten 2022/23", "2023", "Personele kosten 2023/24")]
    [InlineData("Personele kosten 2022 – 2023", "2021", "Personele kosten 2021 – 2022")]
    public void A_range_of_years_in_a_label_moves_as_a_whole_and_the_output_says_so(string label, string year, string expected)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "label: Personele kosten", $"label: {label}");
        var result = site.Run("new", "year", year);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"\n      label: \"{expected}\"\n", site.Read($"input/{year}/finance.yml"), StringComparison.Ordinal);
        Assert.Contains($"Year moved from 2022 to {year} in input/{year}/finance.yml: '{label}' is now '{expected}'.\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_without_the_copied_year_stays_and_is_not_named_as_moved()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/2022/finance.yml", "label: Personele kosten", "label: Personele kosten 2019-2020");
        var result = site.Run("new", "year", "2023");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\n      label: \"Personele kosten 2019-2020\"\n", site.Read("input/2023/finance.yml"), StringComparison.Ordinal);
        Assert.DoesNotContain("2019", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" 2021", " Write it without spaces: 2021.")]
    [InlineData("2021 ", " Write it without spaces: 2021.")]
    [InlineData("02024", " Write it without leading zeros: 2024.")]
    [InlineData("002023", " Write it without leading zeros: 2023.")]
    public void New_year_refuses_a_year_with_spaces_or_leading_zeros_with_the_fix(string year, string fix)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = Directory.GetDirectories(site.Input).Order(StringComparer.Ordinal).ToList();
        var result = site.Run("new", "year", year);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"generator: error: the year needs a year of four digits, like 2023 (from 1900 to 2999), not '{year}'.{fix}\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(site.Input).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(" 2022")]
    [InlineData("02022")]
    public void New_event_refuses_such_a_year_too(string year)
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("new", "event", "--title", "Zomerreces", "--month", "juli", "--year", year);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"generator: error: --year needs a year of four digits, like 2023 (from 1900 to 2999), not '{year}'.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Year, "events", "2022-07-zomerreces.md")));
    }

    private static FinanceStatement? Read(string yaml, string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var statement = FinanceReader.Read(yaml, path, bag);
        diagnostics = bag.ToSortedList();
        return statement;
    }
}
