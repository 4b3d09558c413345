using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The fast suite's three-years fixture (the fictional Proefdienst, 2028 to 2030) with amounts as wide as the real
/// report's (every amount gets three more digits, so 1100 × € 1.000 becomes 1.100.422 × € 1.000 and the saldo is
/// negative in 2029), and a Markdown table below a heading in a chapter and in an event: every kind of table the theme shows.
/// </summary>
public sealed class YearsSite : BrowserSite
{
    /// <summary>A year whose finance table has the previous year's columns.</summary>
    public const string ComparedReport = "2029/index.html";

    /// <summary>The first year: its finance table has no previous year to compare with.</summary>
    public const string SingleReport = "2028/index.html";

    public const string EventPage = "2029/07/zomerfeest-2029/index.html";

    /// <summary>The heading above each Markdown table, which names it for a screen reader.</summary>
    public const string MarkdownTableHeading = "Aanvragen per onderdeel";

    private const string MarkdownTable = "\n\n# " + MarkdownTableHeading + "\n\n| Onderdeel | Aantal aanvragen | Afgehandeld | Bedrag |\n|:--|--:|--:|--:|\n| Asiel en opvang | 1.234.567 | 1.200.001 | € 578.422.000 |\n| Verblijfsvergunningen voor arbeidsmigranten | 98.765 | 97.000 | € −26.287.000 |\n";

    protected override (string Input, string Theme) Source()
    {
        var input = Path.Combine(Folder, "input");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "tests", "Generator.Tests", "Fixtures", "three-years", "input"), input);
        foreach (var finance in Directory.EnumerateFiles(input, "finance.yml", SearchOption.AllDirectories))
        {
            var text = Regex.Replace(File.ReadAllText(finance), @"amount: (\d+)", m => "amount: " + m.Groups[1].Value + "422",
                RegexOptions.None, TimeSpan.FromSeconds(1));
            File.WriteAllText(finance, text);
        }

        foreach (var year in new[] { 2028, 2029, 2030 })
        {
            var folder = Path.Combine(input, year.ToString(CultureInfo.InvariantCulture));
            File.AppendAllText(Path.Combine(folder, "sections", "slot.md"), MarkdownTable);
            File.AppendAllText(Path.Combine(folder, "events", $"{year}-07-04-zomerfeest-{year}.md"), MarkdownTable);
        }

        return (input, Path.Combine(RepositoryPaths.Root, "theme"));
    }
}

[CollectionDefinition(Name)]
public sealed class YearsCollection : ICollectionFixture<YearsSite>
{
    public const string Name = "browser with three years";
}
