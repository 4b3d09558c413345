using System.Text.RegularExpressions;

namespace Generator.BrowserTests.Support;

/// <summary>
/// The fast suite's three-years fixture with the widest amounts a statement may have: <c>unit: 1000000000</c> and
/// 12-digit amounts (1100 becomes 110042242242 × € 1.000.000.000), so each overview card shows an amount of more than
/// twenty digits.
/// </summary>
public sealed class HugeAmountsSite : BrowserSite
{
    protected override (string Input, string Theme) Source()
    {
        var input = Path.Combine(Folder, "input");
        Folders.Copy(Path.Combine(RepositoryPaths.Root, "tests", "Generator.Tests", "Fixtures", "three-years", "input"), input);
        foreach (var finance in Directory.EnumerateFiles(input, "finance.yml", SearchOption.AllDirectories))
        {
            var text = Regex.Replace(File.ReadAllText(finance), @"amount: (\d+)", m => "amount: " + (m.Groups[1].Value + "42242242422")[..12],
                RegexOptions.None, TimeSpan.FromSeconds(1));
            File.WriteAllText(finance, Regex.Replace(text, @"unit: \d+", "unit: 1000000000", RegexOptions.None, TimeSpan.FromSeconds(1)));
        }

        return (input, Path.Combine(RepositoryPaths.Root, "theme"));
    }
}

[CollectionDefinition(Name)]
public sealed class HugeAmountsCollection : ICollectionFixture<HugeAmountsSite>
{
    public const string Name = "browser with 12-digit amounts in billions";
}
