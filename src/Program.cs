using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Generator.Diagnostics;

namespace Generator;

/// <summary>Arguments → options → <see cref="SiteBuilder"/> → diagnostics → exit code.</summary>
public static class Program
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrInternalError = 2;

    /// <summary>Where usage errors point, worded for any way of starting the program (dotnet run --, the binary…).</summary>
    public const string HelpHint = "Add --help to the command to see the commands and options.";

    /// <summary>The only place that reads the process's working folder: once, at start-up, to hand it to <see cref="Run"/>.</summary>
    public static int Main(string[] args)
    {
        string workingFolder;
        try
        {
            workingFolder = Environment.CurrentDirectory;
        }
        catch (IOException)
        {
            Console.Error.WriteLine("generator: error: the folder you run the command in no longer exists (or cannot be read). Change to an existing folder and run the command again.");
            return UsageOrInternalError;
        }

        return Run(args, workingFolder, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line as <see cref="Main"/> does, with captured output: what tests call, in process.</summary>
    /// <param name="workingFolder">
    /// The absolute folder the command runs in. Every folder option is made absolute against it once, and every path
    /// printed is shown against it (<see cref="ShownPath"/>); nothing after this reads the process's working folder, so
    /// runs with different working folders may go at the same time.
    /// </param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="ContentErrors"/> or <see cref="UsageOrInternalError"/>.</returns>
    public static int Run(string[] args, string workingFolder, TextWriter output, TextWriter error)
    {
        try
        {
            var root = CommandLine.Create(workingFolder, output, error);
            // No response files: a title such as "@home" is text, not a file to read arguments from.
            var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parsed.Errors.Count > 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    error.WriteLine($"generator: error: {problem.Message}");
                }

                foreach (var token in parsed.UnmatchedTokens)
                {
                    var command = parsed.CommandResult.Command;
                    IEnumerable<string> known = token.StartsWith('-')
                        ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                        : command.Subcommands.Select(c => c.Name);
                    if (Suggestions.Closest(token, known) is { } meant)
                    {
                        error.WriteLine($"Did you mean '{meant}' instead of '{token}'?");
                    }
                }

                error.WriteLine(HelpHint);
                return UsageOrInternalError;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            ReportBug(e, error, Verbose(args));
            return UsageOrInternalError;
        }
    }

    /// <summary>True when a bug should print its stack trace: <c>--verbose</c>, or <c>GENERATOR_DEBUG=1</c> in the environment.</summary>
    public static bool Verbose(IReadOnlyCollection<string> args) =>
        args.Contains("--verbose") || Environment.GetEnvironmentVariable("GENERATOR_DEBUG") is "1" or "true";

    /// <summary>A bug, not a content problem: said plainly; the stack trace only when asked for, for a bug report.</summary>
    public static void ReportBug(Exception e, TextWriter error, bool verbose)
    {
        error.WriteLine($"generator: internal error: {e.GetType().Name}: {e.Message}");
        if (verbose)
        {
            error.WriteLine(e.ToString());
        }

        error.WriteLine(verbose
            ? "This is a bug in the generator. Please report it with the command you ran and the text above."
            : "This is a bug in the generator. Please report it with the command you ran; run it again with --verbose (or GENERATOR_DEBUG=1) for the details.");
    }

    internal static int Build(BuildOptions options, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(DiagnosticFormatter.Format(diagnostic, options.LogFormat));
        }

        foreach (var year in result.DraftYears)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"info: {year} is left out: it is a draft (draft: true in {options.Show(Path.Combine(options.InputFolder, year.ToString(CultureInfo.InvariantCulture), "report.yml"))}). Add --drafts to {(options.WriteOutput ? "build" : "check")} it too; remove 'draft: true' to publish it."));
        }

        foreach (var neighbour in result.DraftNeighbours)
        {
            var (year, draft) = (neighbour.Year, neighbour.Draft);
            var finance = options.Show(Path.Combine(options.InputFolder, year.ToString(CultureInfo.InvariantCulture), "finance.yml"));
            output.WriteLine(neighbour.ComparedWithStated
                ? string.Create(CultureInfo.InvariantCulture, $"info: {year} is compared with the figures {finance} states for {draft} ('previous'), unchecked: {draft}'s own statement is a draft left out. Add --drafts to check them against it.")
                : string.Create(CultureInfo.InvariantCulture, $"info: {year} has no column for {draft}: {draft} is a draft left out and {finance} states no figures for it ('previous'). Add --drafts to compare it with {draft}."));
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var withWarnings = warnings > 0 ? $" with {Count(warnings, "warning")}" : "";
        if (!options.WriteOutput)
        {
            (errors > 0 ? error : output).WriteLine(errors > 0
                ? $"Check failed with {Problems(errors, warnings)} in {seconds} s."
                : string.Create(CultureInfo.InvariantCulture, $"Checked {result.EventCount} events, {result.PageCount} pages in {seconds} s{withWarnings}; nothing was written."));
            return errors > 0 ? ContentErrors : Success;
        }

        var outputShown = options.Show(options.OutputFolder);
        if (errors > 0 || !result.Written)
        {
            error.WriteLine(result.Output == Writing.WriteOutcome.Missing
                ? $"Build failed with {Problems(errors, warnings)} in {seconds} s; '{outputShown}' is missing: the error above says where the previous site is."
                : $"Build failed with {Problems(errors, warnings)} in {seconds} s; '{outputShown}' was left as it was.");
            return ContentErrors;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {result.EventCount} events, {result.PageCount} pages into '{outputShown}' in {seconds} s{withWarnings}."));
        var pdfs = string.Join(", ", result.PdfFiles.Select(pdf => options.Show(Path.Combine(options.OutputFolder, pdf))));
        output.WriteLine($"Open {options.Show(Path.Combine(options.OutputFolder, "index.html"))} in a browser{(result.PdfFiles.Count switch { 0 => "", 1 => $"; the PDF is {pdfs}", _ => $"; the PDFs are {pdfs}" })}.");
        if (options.Timings)
        {
            foreach (var (stage, time) in result.Timings.Stages)
            {
                output.WriteLine($"  {stage,-16} {time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms");
            }
        }

        return Success;
    }

    /// <summary>What a failed build or check found, warnings included: "1 error and 4 warnings", or "2 errors" without warnings.</summary>
    internal static string Problems(int errors, int warnings) =>
        Count(errors, "error") + (warnings > 0 ? " and " + Count(warnings, "warning") : "");

    internal static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
