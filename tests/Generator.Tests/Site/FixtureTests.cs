using Generator.Tests.Support;

namespace Generator.Tests.Site;

/// <summary>Whole small sites, good and broken, built and compared with approved output and approved diagnostics.</summary>
public class FixtureTests
{
    public static TheoryData<string> InvalidFixtures { get; } = new(
        Directory.EnumerateDirectories(RepositoryPaths.Fixtures, "invalid-*").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void A_broken_site_gives_exactly_the_approved_diagnostics(string fixture)
    {
        using var site = TestSite.FromFixture(fixture);
        var result = site.Build();

        Assert.True(result.HasErrors);
        Assert.False(Directory.Exists(site.Output));
        Approvals.Verify(Path.Combine(RepositoryPaths.Fixtures, fixture, "expected-diagnostics.txt"),
            string.Join("", result.Diagnostics.Select(d => d + "\n")));
    }

    [Fact]
    public void The_minimal_site_builds_into_exactly_the_approved_pages()
    {
        using var site = TestSite.FromFixture("minimal");
        var result = site.BuildSuccessfully();

        Assert.Empty(result.Diagnostics);
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2030/02/eerste-gebeurtenis-meer/index.html", "2030/02/zonder-dag/index.html", "2030/11/laatste/index.html", "2030/index.html", "index.html"], pages);
        foreach (var page in pages)
        {
            Approvals.Verify(Path.Combine(RepositoryPaths.Fixtures, "minimal", "approved", page), site.Read("output/" + page));
        }
    }
}
