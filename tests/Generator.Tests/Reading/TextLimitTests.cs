using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;
using Generator.Text;

namespace Generator.Tests.Reading;

/// <summary>
/// One limit for a heading (200 characters) wherever it is written, in front matter, a .yml file or 'new event --title',
/// and one for every other one-line value (1000): a longer text is an error with its length and the limit, in the code of
/// its own file, never published as it is.
/// </summary>
public class TextLimitTests
{
    [Theory]
    [InlineData("event", "title", TextLimits.Title, "RPT115")]
    [InlineData("event", "image_alt", TextLimits.Line, "RPT115")]
    [InlineData("event", "image_caption", TextLimits.Line, "RPT115")]
    [InlineData("chapter", "title", TextLimits.Title, "RPT203")]
    [InlineData("site", "title", TextLimits.Title, "RPT402")]
    [InlineData("site", "organisation", TextLimits.Line, "RPT402")]
    [InlineData("site", "description", TextLimits.Line, "RPT402")]
    [InlineData("report", "title", TextLimits.Title, "RPT402")]
    [InlineData("report", "description", TextLimits.Line, "RPT402")]
    [InlineData("finance", "title", TextLimits.Title, "RPT310")]
    [InlineData("finance", "caption", TextLimits.Line, "RPT310")]
    [InlineData("finance", "label", TextLimits.Line, "RPT310")]
    public void A_text_longer_than_its_limit_is_an_error_with_its_length(string file, string key, int limit, string code)
    {
        Assert.DoesNotContain(Read(file, key, new string('a', limit)), d => d.Severity == Severity.Error && d.Code == code);

        var diagnostics = Read(file, key, new string('a', limit + 1));
        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains($"'{key}' in ", error.Message, StringComparison.Ordinal);
        Assert.Contains($" is {limit + 1} characters long; ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"may have at most {limit}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_event_and_front_matter_hold_a_title_to_the_same_limit()
    {
        Assert.Null(NewEventTitle.Problem(new string('a', TextLimits.Title)));
        Assert.Equal("--title is 201 characters long; a heading may have at most 200. Shorten it and put the rest in the text.",
            NewEventTitle.Problem(new string('a', TextLimits.Title + 1)));
        Assert.Contains("'title' in the event's front matter is 201 characters long; a heading may have at most 200. Shorten it and put the rest in the text.",
            Read("event", "title", new string('a', TextLimits.Title + 1)).Select(d => d.Message));
    }

    [Fact]
    public void A_huge_title_does_not_build()
    {
        using var site = TestSite.CopyOfRealReport();
        var file = Directory.EnumerateFiles(Path.Combine(site.Year, "events"), "*.md").Order(StringComparer.Ordinal).First();
        var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
        var text = File.ReadAllText(file);
        var titleLine = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        site.Edit(relative, titleLine, "title: " + new string('x', 720_000));

        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{relative}(2,8): error RPT115: 'title' in the event's front matter is 720000 characters long; a heading may have at most 200.", result.Output + result.Error, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Read(string file, string key, string value)
    {
        var diagnostics = new DiagnosticBag();
        string With(string yaml) => yaml.Replace($"{key}: X", $"{key}: {value}", StringComparison.Ordinal);
        _ = file switch
        {
            "event" => EventReader.Read(With("---\ntitle: X\ndate: 2022-03-01\nslug: X\nimage: a.jpg\nimage_alt: X\nimage_caption: X\n---\nTekst.\n"), "input/2022/events/2022-03-01-e.md", 2022, diagnostics) as object,
            "chapter" => SectionReader.Read(With("---\ntitle: X\norder: 1\n---\nTekst.\n"), "input/2022/sections/s.md", diagnostics),
            "site" => SiteReader.Read(With("title: X\norganisation: X\ndescription: X\n"), "input/site.yml", diagnostics),
            "report" => ReportSettingsReader.Read(With("title: X\ndescription: X\n"), "input/2022/report.yml", 2022, diagnostics),
            _ => FinanceReader.Read(With("title: X\ncaption: X\nincome:\n  lines:\n    - key: a\n      label: X\n      amount: 1\nexpenses:\n  lines:\n    - key: b\n      label: B\n      amount: 2\n"), "input/2022/finance.yml", diagnostics, 2022),
        };
        return diagnostics.ToSortedList();
    }
}
