using System.Reflection;
using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Diagnostics;

public class DiagnosticCodesTests
{
    private static readonly IReadOnlyList<string> Constants = [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Every_code_is_unique_and_has_a_meaning()
    {
        Assert.Equal(Constants.Count, Constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Constants.Order(StringComparer.Ordinal), DiagnosticCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_README_lists_every_code_with_its_meaning()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (var (code, meaning) in DiagnosticCodes.All)
        {
            Assert.Contains($"| {code} | {meaning} |", readme, StringComparison.Ordinal);
        }
    }
}
