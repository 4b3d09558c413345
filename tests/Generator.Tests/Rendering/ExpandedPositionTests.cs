using Generator.Diagnostics;
using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>
/// An expression's result may hold more or fewer lines than the expression as written: every diagnostic about the
/// Markdown after it still names the line and column in the file, and one about the result itself names the expression.
/// </summary>
public class ExpandedPositionTests
{
    private const string Event = "input/2022/events/2022-03-01-posities.md";

    private static IReadOnlyList<Diagnostic> Build(string body, string? description = null)
    {
        using var site = TestSite.CopyOfRealReport();
        if (description is not null)
        {
            var lines = site.Read("input/2022/report.yml").Split('\n')
                .Select(l => l.StartsWith("description:", StringComparison.Ordinal) ? "description: |\n  " + description.Replace("\n", "\n  ", StringComparison.Ordinal) : l);
            site.Write("input/2022/report.yml", string.Join('\n', lines));
        }

        site.Write(Event, "---\ntitle: Posities\ndate: 2022-03-01\nmonth: maart\n---\n" + body);
        return site.Build().Diagnostics;
    }

    [Fact]
    public void A_link_after_a_description_of_three_lines_is_reported_at_its_own_line()
    {
        var diagnostics = Build("{{ site.description }}\n\n[kapot](nergens.md)\n", description: "Regel een.\nRegel twee.\nRegel drie.");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ContentLinkBroken);
        Assert.Equal(new SourceLocation(Event, 8, 1), error.Location);
    }

    [Fact]
    public void A_table_and_a_link_after_a_string_of_five_line_breaks_are_reported_where_they_are_written()
    {
        var diagnostics = Build("Tekst {{ \"een\\n\\n\\n\\n\\ntwee\" }} en meer.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nZie [kapot](nergens.md).\n");
        Assert.Equal(new SourceLocation(Event, 8, 1), Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.TableUnnamed).Location);
        Assert.Equal(new SourceLocation(Event, 12, 5), Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ContentLinkBroken).Location);
    }

    [Fact]
    public void A_link_after_an_expression_written_over_several_lines_is_reported_at_its_own_line()
    {
        var diagnostics = Build("Tekst {{\n  site.title\n}} en [kapot](nergens.md).\n");
        Assert.Equal(new SourceLocation(Event, 8, 7), Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ContentLinkBroken).Location);
    }

    [Fact]
    public void A_link_that_an_expression_writes_is_reported_at_the_expression()
    {
        var diagnostics = Build("Eerst\n\nen dan {{ \"een\\n\\n[kapot](nergens.md)\" }} klaar.\n");
        Assert.Equal(new SourceLocation(Event, 8, 11), Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.ContentLinkBroken).Location);
    }
}
