using Generator.Diagnostics;
using Generator.Reading;

namespace Generator.Tests.Reading;

public class EventReaderTests
{
    private static (EventSource? Event, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = EventReader.Read(text, "input/2022/events/e.md", 2022, diagnostics);
        return (result, diagnostics.ToSortedList());
    }

    [Fact]
    public void Reads_title_date_month_and_body()
    {
        var (e, diagnostics) = Read("---\ntitle: Samenvoeging IND-loketten\ndate: 2022-02-07\nmonth: februari\n---\nKonden aanvragers …\n");
        Assert.Empty(diagnostics);
        Assert.NotNull(e);
        Assert.Equal("Samenvoeging IND-loketten", e.Title);
        Assert.Equal(new DateOnly(2022, 2, 7), e.Date);
        Assert.Equal(2, e.Month);
        Assert.Equal(6, e.BodyFirstLine);
    }

    [Fact]
    public void An_event_with_a_month_and_no_date_is_valid()
    {
        var (e, diagnostics) = Read("---\ntitle: Russische inval in Oekraïne\nmonth: maart\n---\nTekst.\n");
        Assert.Empty(diagnostics);
        Assert.Null(e!.Date);
        Assert.Equal(3, e.Month);
    }

    [Theory]
    [InlineData("---\ntitle: a\ndate: 07/02\nmonth: februari\n---\nx\n", "RPT103", 3, 7, "'date' must be a date like 2022-02-07, not '07/02'.")]
    [InlineData("---\ntitle: a\ndate: 2022-02-30\n---\nx\n", "RPT103", 3, 7, "'date' must be a date like 2022-02-07, not '2022-02-30'.")]
    [InlineData("---\ndate: 2022-02-07\nmonth: februari\n---\nx\n", "RPT101", 2, 1, "'title' is required but missing. Give the event a heading, like: title: Samenvoeging IND-loketten")]
    [InlineData("---\ntitle: a\nmonth: Maartje\n---\nx\n", "RPT104", 3, 8, "'month' must be a Dutch month name (januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december), not 'Maartje'.")]
    [InlineData("---\ntitle: a\ndate: 2022-03-09\nmonth: april\n---\nx\n", "RPT105", 4, 8, "'month' says april but 'date' 2022-03-09 is in maart. Correct one of the two.")]
    [InlineData("---\ntitle: a\ndate: 2021-03-09\n---\nx\n", "RPT106", 3, 7, "'date' 2021-03-09 lies outside the report's year 2022: the events of input/2022/ happen in 2022. Correct the date, or move the file to its year's folder.")]
    [InlineData("---\ntitle: a\n---\nx\n", "RPT102", 2, 1, "An event needs a 'date' (like 2022-02-07) or, when the day is not known, a 'month' (like maart).")]
    [InlineData("---\ntitle: [niet gesloten\nmonth: maart\n---\nx\n", "RPT012", 2, 8, "The YAML cannot be read from here on. Is a '[', '{' or quote opened here and never closed?")]
    [InlineData("---\ntitle: a: b\nmonth: maart\n---\nx\n", "RPT012", 2, 9, "A value that contains ': ' (a colon and a space) must be put in quotes; otherwise YAML reads a second key in it. Write: title: \"a: b\"")]
    [InlineData("---\ntitle: IND: nieuw beleid\nmonth: maart\n---\nx\n", "RPT012", 2, 11, "A value that contains ': ' (a colon and a space) must be put in quotes; otherwise YAML reads a second key in it. Write: title: \"IND: nieuw beleid\"")]
    [InlineData("---\nmonth: maart\ntitle: Zeg \"nee\": of ja\n---\nx\n", "RPT012", 3, 17, "A value that contains ': ' (a colon and a space) must be put in quotes; otherwise YAML reads a second key in it. Write: title: \"Zeg \\\"nee\\\": of ja\"")]
    [InlineData("---\ntitle: a\n\tmonth: maart\n---\nx\n", "RPT012", 3, 1, "A tab is used for indentation here; YAML allows only spaces for indentation. Replace the tab by spaces.")]
    [InlineData("---\ntitle: a\nmonth: maart\ndraft:\n  \tx: 1\n---\nx\n", "RPT012", 5, 3, "A tab is used for indentation here; YAML allows only spaces for indentation. Replace the tab by spaces.")]
    [InlineData("---\ntitle: \"IND\n\tnieuw beleid\"\nmonth: maart\n---\nx\n", "RPT012", 3, 1, "A tab is used for indentation here; YAML allows only spaces for indentation. Replace the tab by spaces.")]
    [InlineData("---\ntitle: a\nmonth: maart\nlist:\n-\tb: 1\n---\nx\n", "RPT012", 5, 2, "A tab separates '-', '?' or ':' from a nested list or key here; YAML allows only spaces there. Replace the tab by a space.")]
    [InlineData("---\ntitle: \"IND\n---\nx\n", "RPT012", 2, 8, "A quote opened here is never closed. Add the closing quote at the end of the value.")]
    [InlineData("---\ntitle: a\ntitle: b\nmonth: maart\n---\nx\n", "RPT015", 3, 1, "Duplicate key title: each key may appear only once. Remove or rename one of them.")]
    [InlineData("---\n- title\n---\nx\n", "RPT013", 2, 1, "Expected keys with values (like 'title: …'), not a list or a single value.")]
    public void Each_mistake_has_its_code_line_column_and_message(string text, string code, int line, int column, string message)
    {
        var (_, diagnostics) = Read(text);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceLocation("input/2022/events/e.md", line, column), error.Location);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_that_names_the_known_ones()
    {
        var (e, diagnostics) = Read("---\ntitle: a\nmonth: maart\ntitel: b\n---\nx\n");
        Assert.NotNull(e);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("input/2022/events/e.md(4,1): warning RPT014: Unknown key 'titel' is ignored. Known keys here: title, date, month, draft, image, image_alt, image_caption, slug.", warning.ToString());
    }

    [Fact]
    public void Several_mistakes_in_one_file_are_all_reported()
    {
        var (_, diagnostics) = Read("---\ndate: 22-1-1\nmonth: jan\n---\nx\n");
        Assert.Equal(["RPT101", "RPT103", "RPT104"], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }
}
