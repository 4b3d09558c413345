using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>A value given by an alias is refused (RPT024) at the anchor and at the alias, each on its own line and column.</summary>
public class AliasPositionTests
{
    private const string Event = "input/2022/events/2022-03-01-alias.md";

    [Theory]
    [InlineData("title: &t Alias\ndate: 2022-03-01\nmonth: *t\n", 2, 8, 4, 8)]
    [InlineData("title: Alias\nx: &d gisteren\ndate: *d\nmonth: maart\n", 3, 4, 4, 7)]
    [InlineData("title: Alias\ndate: 2022-03-01\nmonth: maart\nx: &l [a, b]\ndraft:   *l\n", 5, 4, 6, 10)]
    public void The_anchor_and_the_alias_are_each_an_error_at_their_place(string frontMatter, int anchorLine, int anchorColumn, int aliasLine, int aliasColumn)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Event, "---\n" + frontMatter + "---\nTekst.\n");
        var errors = site.Build().Diagnostics.Where(d => d.Code != DiagnosticCodes.UnknownKey).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.YamlReference, e.Code));
        Assert.Equal(new SourceLocation(Event, anchorLine, anchorColumn), errors[0].Location);
        Assert.Equal(new SourceLocation(Event, aliasLine, aliasColumn), errors[1].Location);
    }
}
