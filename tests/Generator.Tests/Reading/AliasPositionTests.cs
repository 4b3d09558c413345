using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>A value given by an alias is reported on the alias's line (at its key), not where the anchor is written.</summary>
public class AliasPositionTests
{
    private const string Event = "input/2022/events/2022-03-01-alias.md";

    [Theory]
    [InlineData("title: &t Alias\ndate: 2022-03-01\nmonth: *t\n", DiagnosticCodes.MonthInvalid, 4, 1)]
    [InlineData("title: Alias\nx: &d gisteren\ndate: *d\nmonth: maart\n", DiagnosticCodes.DateInvalid, 4, 1)]
    [InlineData("title: Alias\ndate: 2022-03-01\nmonth: maart\nx: &l [a, b]\ndraft:   *l\n", null, 6, 1)]
    public void The_error_is_on_the_alias_line(string frontMatter, string? code, int line, int column)
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write(Event, "---\n" + frontMatter + "---\nTekst.\n");
        var diagnostics = site.Build().Diagnostics.Where(d => d.Code != DiagnosticCodes.UnknownKey).ToList();
        var error = Assert.Single(diagnostics);
        if (code is not null)
        {
            Assert.Equal(code, error.Code);
        }

        Assert.Equal(new SourceLocation(Event, line, column), error.Location);
    }
}
