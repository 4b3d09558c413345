using System.Text.RegularExpressions;
using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>
/// One build reports every error it can find, across files and stages, in one run of the command line: an error stops
/// only what depends on it, and what follows only from it (a page that cannot be made, a link to a file whose front
/// matter failed) is not reported again.
/// </summary>
public partial class AllErrorsAtOnceTests
{
    private const string Event = "input/2030/events/2030-03-01-kapot.md";
    private const string Other = "input/2030/events/2030-04-01-tekst.md";

    [Fact]
    public void A_bad_date_does_not_hide_the_errors_in_the_same_files_body()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Event, """
            ---
            title: Kapot
            date: 2030-13-45
            ---
            Zie [nergens](2030-09-09-bestaat-niet.md) en {{ finance.bestaat_niet }}.

            Klik [x](javascript:alert(1)), en zie [de eerste](2030-02-01-eerste-gebeurtenis.md).
            """);

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            $"{Event}(3,7) RPT103",
            $"{Event}(5,5) RPT506",
            $"{Event}(5,57) RPT505",
            $"{Event}(7,6) RPT508",
        ], errors);
    }

    [Fact]
    public void An_expression_error_does_not_hide_the_texts_links_and_images()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Other, """
            ---
            title: Tekst
            date: 2030-04-01
            ---
            Eerst {{ finance.fout }}.

            Zie [nergens](2030-09-09-weg.md), ![Een foto](../images/geen.jpg) en ![](../images/ook-geen.jpg).

            Klik [x](javascript:alert(1)).
            """);

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            $"{Other}(5,18) RPT505",
            $"{Other}(7,5) RPT506",
            $"{Other}(7,35) RPT701",
            $"{Other}(7,70) RPT701",
            $"{Other}(7,70) RPT703",
            $"{Other}(9,6) RPT508",
        ], errors);
    }

    [Fact]
    public void Every_failing_expression_of_a_text_is_reported_at_its_place()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Other, """
            ---
            title: Tekst
            date: 2030-04-01
            ---
            Eerst {{ finance.fout }}, dan {{ 10 / 0 | format_number }}.

            En {{ site.bestaat_niet }} in een andere alinea, {{ finance.saldo | format_amount }} goed.
            """);

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            $"{Other}(5,18) RPT505",
            $"{Other}(5,34) RPT505",
            $"{Other}(7,12) RPT505",
        ], errors);
    }

    [Fact]
    public void A_content_error_does_not_hide_the_themes_runtime_errors()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Other, "---\ntitle: Tekst\ndate: 2030-04-01\n---\nEen {{ finance.bestaat_niet }}.\n");
        site.Edit("theme/layouts/event.html", "{{ event.title }}{{ if", "{{ event.titel }}{{ if");
        site.Edit("theme/layouts/index.html", "{{", "{{ site.bestaat_niet }}{{");

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            $"{Other}(5,16) RPT505",
            "theme/layouts/event.html(8,14) RPT503",
            "theme/layouts/index.html(2,27) RPT503",
        ], errors);
    }

    [Fact]
    public void A_template_that_fails_on_one_event_does_not_hide_how_it_fails_on_another()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("theme/layouts/event.html", "{{ event.title }}{{ if", "{{ if event.title == \"Laatste\" }}{{ event.fout_een }}{{ else }}{{ event.fout_twee }}{{ end }}{{ if");

        var errors = CheckErrors(site);

        // Two events fail at the second place: one error for it.
        Assert.Equal(["theme/layouts/event.html(8,47) RPT503", "theme/layouts/event.html(8,77) RPT503"], errors);
    }

    [Fact]
    public void A_theme_syntax_error_does_not_hide_the_content_errors()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Edit("theme/layouts/event.html", "{{ event.title }}", "{{ event.title ) }}");
        site.Write(Event, "---\ntitle: Kapot\ndate: 2030-13-45\n---\nTekst.\n");
        site.Write(Other, """
            ---
            title: Tekst
            date: 2030-04-01
            ---
            Een {{ finance.bestaat_niet }} en [nergens](2030-09-09-weg.md).

            <script>alert(1)</script>
            """);
        site.Edit("input/site.yml", "title:", "allow_raw_html: true\ntitle:");

        var errors = CheckErrors(site);

        Assert.Contains($"{Event}(3,7) RPT103", errors);
        Assert.Contains($"{Other}(5,16) RPT505", errors);
        Assert.Contains($"{Other}(5,35) RPT506", errors);
        Assert.Contains($"{Other}(7,1) RPT508", errors);
        Assert.Contains(errors, e => e.StartsWith("theme/layouts/event.html(8,", StringComparison.Ordinal) && e.EndsWith(" RPT502", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.EndsWith(" RPT503", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_too_deep_does_not_hide_a_bad_date_and_month_in_the_same_front_matter()
    {
        using var site = TestSite.FromFixture("minimal");
        var deep = new string('[', 70) + new string(']', 70);
        site.Write(Event, $"---\ntitle: Diep\nlabels: {deep}\ndate: 2030-03-99\nmonth: maartje\n---\nTekst {{{{ finance.nee }}}}.\n");
        site.Write(Other, $"---\ntitle: {deep}\ndate: 2030-04-01\n---\nTekst.\n");

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            $"{Event}(3,72) RPT005",
            $"{Event}(4,7) RPT103",
            $"{Event}(5,8) RPT104",
            $"{Event}(7,18) RPT505",
            // The title holds the deep part: reported once, not again as a title that is a list or missing.
            $"{Other}(2,71) RPT005",
        ], errors);
    }

    [Fact]
    public void A_chapter_without_order_still_has_its_text_checked()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: eerst\n---\nZie [nergens](weg.md) en {{ finance.nee }}.\n");

        var errors = CheckErrors(site);

        Assert.Equal(
        [
            "input/2030/sections/slot.md(3,8) RPT201",
            "input/2030/sections/slot.md(5,5) RPT506",
            "input/2030/sections/slot.md(5,37) RPT505",
        ], errors);
    }

    [Fact]
    public void Front_matter_that_cannot_be_parsed_does_not_hide_the_texts_errors()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write(Event, "---\ntitle: \"niet gesloten\ndate: 2030-03-01\n---\nZie [nergens](weg.md) en {{ finance.nee }}.\n");
        site.Write(Other, "---\ntitle: Tekst\ndate: 2030-04-01\n---\nZie [het kapotte](2030-03-01-kapot.md).\n");

        var errors = CheckErrors(site);

        Assert.Equal(3, errors.Count);
        Assert.StartsWith($"{Event}(", errors[0], StringComparison.Ordinal);
        Assert.EndsWith(" RPT012", errors[0], StringComparison.Ordinal);
        Assert.Equal([$"{Event}(5,5) RPT506", $"{Event}(5,37) RPT505"], errors[1..]);
    }

    [Fact]
    public void A_year_that_cannot_be_computed_does_not_hide_the_other_years_errors()
    {
        using var site = TestSite.FromFixture("three-years");
        site.Edit("input/2028/finance.yml", "amount: 1000", "amount: 1.000,5");
        site.Write("input/2029/events/2029-07-04-zomerfeest-2029.md", """
            ---
            title: Zomerfeest 2029
            date: 2029-07-04
            ---
            Zie [vorig jaar](../../2028/events/2028-07-04-zomerfeest-2028.md) en {{ finance.nee }}.
            """);

        var errors = CheckErrors(site);

        // The link into 2028 cannot be checked while 2028 has an error, and is not reported for it.
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("input/2028/finance.yml(", errors[0], StringComparison.Ordinal);
        Assert.Equal("input/2029/events/2029-07-04-zomerfeest-2029.md(5,81) RPT505", errors[1]);
    }

    [Fact]
    public void An_error_elsewhere_does_not_hide_that_a_years_events_folder_is_empty()
    {
        using var site = TestSite.FromFixture("minimal");
        foreach (var file in Directory.GetFiles(Path.Combine(site.Input, "2030", "events")))
        {
            File.Delete(file);
        }

        site.Edit("theme/layouts/event.html", "{{ event.title }}", "{{ event.title ) }}");
        site.Edit("input/2030/finance.yml", "amount: 1200", "amount: 1.200");

        var errors = CheckErrors(site);

        Assert.Contains(errors, e => e.StartsWith("theme/layouts/event.html(", StringComparison.Ordinal) && e.EndsWith(" RPT502", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("input/2030/finance.yml(", StringComparison.Ordinal) && e.EndsWith(" RPT302", StringComparison.Ordinal));
        Assert.Contains("(0,0) RPT109", errors);
    }

    [Fact]
    public void No_follow_on_error_is_reported_for_an_event_whose_front_matter_failed()
    {
        using var site = TestSite.FromFixture("minimal");
        var before = site.Run("build");
        Assert.Equal(0, before.ExitCode);
        var published = site.OutputFingerprint();

        site.Write(Event, "---\ntitle: Kapot\ndate: 07/03\n---\nEen {{ finance.nee }} en [de laatste](2030-11-30-laatste.md).\n");
        // Links to the event whose date is wrong, from another event and from a chapter: the file is there.
        site.Write(Other, "---\ntitle: Tekst\ndate: 2030-04-01\n---\nZie [het kapotte](2030-03-01-kapot.md).\n");
        site.Write("input/2030/sections/slot.md", "---\ntitle: Slot\norder: 1\n---\nZie [het kapotte](../events/2030-03-01-kapot.md).\n");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{Event}(3,7) RPT103", $"{Event}(5,16) RPT505"], Errors(result));
        Assert.Contains("Build failed with 2 errors", result.Error, StringComparison.Ordinal);
        Assert.Equal(published, site.OutputFingerprint());
    }

    /// <summary>Runs <c>check</c>, which must fail, and returns every error as "path(line,col) CODE" (those with a place in the printed order, then those without); the count line must agree.</summary>
    private static List<string> CheckErrors(TestSite site)
    {
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        var errors = Errors(result);
        Assert.Contains($"Check failed with {errors.Count} error{(errors.Count == 1 ? "" : "s")}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        return errors;
    }

    private static List<string> Errors(CliResult result) =>
        [.. result.Error.Split('\n').Select(l => ErrorLine().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}) {m.Groups["code"].Value}")
            .Concat(result.Error.Split('\n').Select(l => UnplacedError().Match(l)).Where(m => m.Success).Select(m => $"(0,0) {m.Groups["code"].Value}"))];

    [GeneratedRegex(@"^(?<path>[^(]+)\((?<line>\d+),(?<column>\d+)\): error (?<code>RPT\d+):")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^generator: error (?<code>RPT\d+):")]
    private static partial Regex UnplacedError();
}
