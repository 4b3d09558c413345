namespace Generator.BrowserTests.Support;

/// <summary>
/// The real report of 2022 with a 2023 after it whose statement has figures of the real size (six digits in thousands
/// of euros, a negative memo line), so the report of 2023 shows the compared finance table: 2023, 2022 and the difference.
/// </summary>
public sealed class TwoYearsSite : BrowserSite
{
    public const string ComparedReport = "2023/index.html";

    protected override (string Input, string Theme) Source()
    {
        var input = Path.Combine(Folder, "input");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "input"), input);
        var year = Path.Combine(input, "2023");
        Directory.CreateDirectory(Path.Combine(year, "events"));
        File.WriteAllText(Path.Combine(year, "report.yml"), "title: Jaaroverzicht 2023\ndescription: Het jaar 2023.\n");
        File.WriteAllText(Path.Combine(year, "events", "2023-04-04-nieuw-loket.md"), "---\ntitle: Nieuw loket\ndate: 2023-04-04\n---\nHet nieuwe loket is open.\n");
        File.WriteAllText(Path.Combine(year, "finance.yml"), """
            title: "Baten en lasten"
            caption: "Baten en lasten 2023"
            column: "Realisatie 2023"
            unit: 1000
            income:
              label: "Baten"
              total_label: "Totaal baten"
              published_total: 600000
            expenses:
              label: "Lasten"
              total_label: "Totaal lasten"
              lines:
                - key: personele_kosten
                  label: "Personele kosten"
                  amount: 430000
                - key: materiele_kosten
                  label: "Materiële kosten"
                  amount: 180000
            saldo:
              label: "Saldo van baten en lasten"
            memo:
              - key: oekraine
                label: "Kosten Oekraïne 2023"
                amount: 7000
              - key: dwangsommen
                label: "Betaalde dwangsommen 2023"
                amount: -2000

            """);
        return (input, Path.Combine(RepositoryPaths.Root, "theme"));
    }
}

[CollectionDefinition(Name)]
public sealed class TwoYearsCollection : ICollectionFixture<TwoYearsSite>
{
    public const string Name = "browser with two real-size years";
}
