using System.CommandLine;
using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Reading;
using Generator.Text;

namespace Generator;

/// <summary><c>new event</c>: starts an event file with valid front matter, named by the same rule the build uses for addresses.</summary>
public static class NewCommand
{
    /// <param name="workingFolder">The absolute folder the command runs in: --input is made absolute against it, and the paths printed are shown against it.</param>
    /// <param name="theme">The theme whose pages the would-be file is checked on (ids it gives the report page).</param>
    public static Command Create(Option<string> input, Option<string> theme, string workingFolder, TextWriter output, TextWriter error)
    {
        var title = new Option<string>("--title") { Description = "The event's heading.", Required = true };
        var date = new Option<string?>("--date") { Description = "The day, like 2023-03-01." };
        var month = new Option<string?>("--month") { Description = "For an event without a known day: the Dutch month name, like maart (with --year)." };
        var year = new Option<int?>("--year")
        {
            Description = "With --month: the year of the event.",
            CustomParser = result => CommandLine.ParseYear(result, "--year"),
        };
        var slugOption = new Option<string?>("--slug") { Description = "The event's address (a-z, 0-9 and hyphens), when the one made from --title is not wanted; written as 'slug:' in the front matter." };

        var newEvent = new Command("event", "Write input/<year>/events/<date>-<slug>.md with front matter and a placeholder text, and print its path. Never overwrites a file.")
        {
            input, theme, title, date, month, year, slugOption,
        };
        newEvent.SetAction(result => Run(
            workingFolder, FolderOption.Value(result, input, workingFolder), FolderOption.Value(result, theme, workingFolder), result.GetValue(title)!, result.GetValue(date), result.GetValue(month), result.GetValue(year),
            result.GetValue(slugOption), output, error));

        return new Command("new", "Start a new piece of content the right way.") { newEvent, NewYearCommand.Create(input, workingFolder, output, error) };
    }

    private static int Run(string workingFolder, string inputFolder, string themeFolder, string title, string? dateText, string? monthText, int? year, string? chosenSlug,
        TextWriter output, TextWriter error)
    {
        if (NewEventTitle.Problem(title) is { } problem)
        {
            return Usage(error, problem);
        }

        if (chosenSlug is not null && !Slug.IsValid(chosenSlug))
        {
            var suggestion = Slug.From(chosenSlug);
            return Usage(error, $"--slug may contain {Slug.Rule}, not '{chosenSlug}'." + (suggestion.Length > 0 ? $" Try --slug {suggestion}" : ""));
        }

        title = title.Trim().Normalize(NormalizationForm.FormC);
        var slug = chosenSlug ?? Slug.From(title);
        if (slug.Length == 0)
        {
            return Usage(error, "--title needs letters or digits to make an address from, or give the address with --slug.");
        }

        DateOnly? date = null;
        int month;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Usage(error, $"--date must be a date like 2023-03-01, not '{dateText}'.");
            }

            date = parsed;
            month = parsed.Month;
            if (monthText is not null && DutchMonths.Number(monthText) != month)
            {
                return Usage(error, $"--month '{monthText}' does not agree with --date {dateText}; leave --month out.");
            }
        }
        else if (monthText is not null && year is not null)
        {
            month = DutchMonths.Number(monthText);
            if (month == 0)
            {
                return Usage(error, $"--month must be a Dutch month name ({string.Join(", ", DutchMonths.Names)}), not '{monthText}'.");
            }
        }
        else
        {
            return Usage(error, "give --date (like 2023-03-01), or --month and --year for an event without a known day.");
        }

        string Show(string path) => ShownPath.Show(workingFolder, path);

        // The event belongs to the year of its date: it is filed in that year's folder, which must exist.
        var reportYear = date?.Year ?? year!.Value;
        var yearFolder = YearFolders.FolderOf(inputFolder, reportYear);
        if (!Directory.Exists(inputFolder))
        {
            error.WriteLine($"generator: error: The input folder '{Show(inputFolder)}' does not exist. Run the command from the repository's top folder, or pass --input.");
            return Program.ContentErrors;
        }

        if (!File.Exists(Path.Combine(yearFolder, "report.yml")))
        {
            var years = Directory.EnumerateDirectories(inputFolder).Select(f => YearFolders.Year(Path.GetFileName(f))).OfType<int>().Order().ToList();
            return Usage(error, $"{(date is null ? $"--year {reportYear}" : $"--date {dateText}")} falls in {reportYear}, but the site has no report for {reportYear} "
                + $"('{Show(Path.Combine(yearFolder, "report.yml"))}' does not exist). "
                + (years.Count > 0 ? $"The site has {string.Join(", ", years)}. " : "")
                + $"Give a date in one of those years, or start {reportYear} first with 'new year {reportYear}'.");
        }

        var prefix = date is { } d
            ? DutchDates.Iso(d)
            : DutchDates.Iso(month, year!.Value);
        var folder = Path.Combine(yearFolder, YearFolders.Events);
        var path = Path.Combine(folder, $"{prefix}-{slug}.md");
        if (File.Exists(path))
        {
            return Usage(error, $"{Show(path)} already exists; nothing was written. Choose another title or --slug, or edit the existing file.");
        }

        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(YamlText.Quoted(title)).Append('\n')
            .Append(date is { } day ? $"date: {DutchDates.Iso(day)}\n" : "")
            .Append("month: ").Append(DutchMonths.Name(month)).Append('\n')
            .Append(chosenSlug is null ? "" : $"slug: {chosenSlug}\n")
            .Append("---\n")
            .Append(Placeholder.Text)
            .ToString();
        // The build has the last word: a file it would reject is never written.
        if (NewEventCheck.Problems(new BuildOptions(inputFolder, themeFolder, ShownPath.Absolute(workingFolder, CommandLine.DefaultOutput), workingFolder),
            new AddedFile(path, text), reportYear) is { Count: > 0 } problems)
        {
            error.WriteLine("generator: error: these arguments would make a file that the build rejects, so nothing was written:");
            foreach (var rejected in problems)
            {
                error.WriteLine(DiagnosticFormatter.Format(rejected, LogFormat.Text));
            }

            error.WriteLine("Change --title or give the address with --slug, or change the date.");
            return Program.UsageOrInternalError;
        }

        try
        {
            Directory.CreateDirectory(folder);
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException e)
        {
            error.WriteLine($"{Show(path)}: error RPT601: The file could not be written: {e.Message}");
            return Program.ContentErrors;
        }

        output.WriteLine(Show(path));
        return Program.Success;
    }


    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"generator: error: {message}");
        error.WriteLine("Add --help to 'new event' to see its options.");
        return Program.UsageOrInternalError;
    }
}
