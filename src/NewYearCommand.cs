using System.CommandLine;
using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Reading;

namespace Generator;

/// <summary>
/// <c>new year 2023</c>: starts a year folder with <c>report.yml</c>, an empty <c>events/</c> (kept by git through a
/// hidden <c>.gitkeep</c>, which the build passes over) and a <c>finance.yml</c> with the previous year's keys and labels
/// but no amounts. The empty amounts are a build error (RPT308) until they are filled in, so an unfinished statement is
/// never published. Never overwrites: a year that exists is refused.
/// </summary>
public static class NewYearCommand
{
    // The years a year folder may be named: one rule, in YearFolders.
    private const int FirstYear = YearFolders.First, LastYear = YearFolders.Last;

    /// <param name="workingFolder">The absolute folder the command runs in: --input is made absolute against it, and the paths printed are shown against it.</param>
    public static Command Create(Option<string> input, string workingFolder, TextWriter output, TextWriter error)
    {
        var year = new Argument<int>("year")
        {
            Description = "The new year, like 2023.",
            CustomParser = result => CommandLine.ParseYear(result, "the year"),
        };
        var command = new Command("year", "Write input/<year>/ with report.yml, an empty events/ folder and a finance.yml with last year's keys and labels but no amounts. Never overwrites.")
        {
            input, year,
        };
        command.SetAction(result => Run(workingFolder, FolderOption.Value(result, input, workingFolder), result.GetValue(year), output, error));
        return command;
    }

    private static int Run(string workingFolder, string inputFolder, int year, TextWriter output, TextWriter error)
    {
        string Show(string path) => ShownPath.Show(workingFolder, path);
        var folder = YearFolders.FolderOf(inputFolder, year);
        var shown = Show(folder);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return Usage(error, $"the year {year} already exists ({shown}); nothing was written. Edit its files instead, or give another year.");
        }

        if (LastYearsFinance(inputFolder, year) is not var (source, sourceYear))
        {
            return Usage(error, $"there is no year to take the keys and labels from: '{Show(inputFolder)}' has no folder like 2022/ with a finance.yml. "
                + "Run the command from the repository's top folder, or pass --input.");
        }

        var diagnostics = new DiagnosticBag();
        var shownSource = Show(source);
        // A year in preparation, with its amounts still empty, can be copied too: only its keys and labels are taken.
        var statement = TextFileReader.Read(source, shownSource, diagnostics) is { } yaml
            ? FinanceReader.Read(yaml, shownSource, diagnostics, keysAndLabelsOnly: true)
            : null;
        if (statement is null || diagnostics.HasErrors)
        {
            foreach (var diagnostic in diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error))
            {
                error.WriteLine(diagnostic);
            }

            error.WriteLine($"generator: error: {shownSource} has errors, so its keys and labels cannot be copied; nothing was written. Correct it first.");
            return Program.ContentErrors;
        }

        var finance = YearFinance.Blank(statement, sourceYear, year, shownSource, out var renamed);
        var files = new (string Name, string Text)[]
        {
            ("report.yml", ReportFile(year)),
            ("finance.yml", finance),
            (Path.Combine(YearFolders.Events, ".gitkeep"), ""),
        };
        try
        {
            // CreateNew everywhere: a folder made by someone else in the meantime is never written over.
            Directory.CreateDirectory(Path.Combine(folder, YearFolders.Events));
            foreach (var (name, text) in files)
            {
                using var file = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write);
                file.Write(new UTF8Encoding(false).GetBytes(text));
            }
        }
        catch (IOException e)
        {
            error.WriteLine($"{shown}: error {DiagnosticCodes.OutputWriteFailed}: The year could not be written: {e.Message}");
            return Program.ContentErrors;
        }

        foreach (var (name, _) in files)
        {
            output.WriteLine(Show(Path.Combine(folder, name)));
        }

        foreach (var (before, after) in renamed)
        {
            output.WriteLine($"Year moved from {sourceYear} to {year} in {shown}/finance.yml: '{before}' is now '{after}'.");
        }

        output.WriteLine($"Fill in every amount in {shown}/finance.yml (the build refuses an empty one) and check its labels.");
        output.WriteLine($"The year is a draft (draft: true in {shown}/report.yml): build and check leave it out until you remove that line; add --drafts to check it now.");
        return Program.Success;
    }

    /// <summary>The finance.yml to copy from and its year: the nearest earlier year folder's, else the nearest later one's;
    /// null when no year folder has one.</summary>
    private static (string Path, int Year)? LastYearsFinance(string inputFolder, int year)
    {
        var years = Directory.Exists(inputFolder)
            ? Directory.GetDirectories(inputFolder)
                .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
                .Where(y => y is >= FirstYear and <= LastYear && File.Exists(FinanceOf(inputFolder, y)))
                .ToList()
            : [];
        var earlier = years.Where(y => y < year).DefaultIfEmpty(0).Max();
        var later = years.Where(y => y > year).DefaultIfEmpty(0).Min();
        return earlier > 0 ? (FinanceOf(inputFolder, earlier), earlier)
            : later > 0 ? (FinanceOf(inputFolder, later), later)
            : null;
    }

    private static string FinanceOf(string inputFolder, int year) =>
        Path.Combine(YearFolders.FolderOf(inputFolder, year), "finance.yml");

    private static string ReportFile(int year) =>
        $"# The report of {year}: its title, and a description of one or two sentences for the overview and link previews.\n"
        + $"title: Jaaroverzicht {year}\n"
        + "description:\n"
        + "# A year in preparation: left out of build and check (they say so) until you remove this line; --drafts includes it.\n"
        + "draft: true\n";

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"generator: error: {message}");
        error.WriteLine("Add --help to 'new year' to see its options.");
        return Program.UsageOrInternalError;
    }
}
