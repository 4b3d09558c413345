using System.CommandLine;
using Generator.Diagnostics;

namespace Generator;

/// <summary>The commands and options, with their help texts.</summary>
public static class CommandLine
{
    private const string ExitCodes = "Exit codes: 0 success, 1 content errors (each printed as path(line,col): error CODE: message), 2 usage error.";

    /// <summary>The folder options' defaults, relative to the working folder.</summary>
    public const string DefaultInput = "input", DefaultTheme = "theme", DefaultOutput = "output";

    /// <param name="workingFolder">The absolute folder the command runs in: every folder option is made absolute against
    /// it, once, when the command starts (<see cref="ShownPath"/>).</param>
    public static RootCommand Create(string workingFolder, TextWriter output, TextWriter error)
    {
        var input = FolderOption.Create("--input", "-i", DefaultInput, workingFolder,
            "The folder with site.yml and one folder per year (2022/ with report.yml, finance.yml, events/ and sections/).");
        var theme = FolderOption.Create("--theme", "-t", DefaultTheme, workingFolder, "The folder with layouts/, partials/ and assets/.");
        var outputFolder = FolderOption.Create("--output", "-o", DefaultOutput, workingFolder,
            "The folder the site is written to. It is replaced only when the build succeeds.");
        string Folder(ParseResult result, Option<string> option) => FolderOption.Value(result, option, workingFolder);
        var strict = new Option<bool>("--strict")
        {
            Description = "Treat warnings as errors, for CI.",
        };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "How problems are printed: 'text' (path(line,col): error CODE: message) or 'github' (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|github",
            CustomParser = ParseLogFormat,
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The absolute address the site is published at (overrides base_url in site.yml); used for the canonical links and sitemap.xml only.",
        };
        baseUrl.Validators.Add(ValidateBaseUrl);

        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also print the report to <title>.pdf beside the pages, with headless Chromium (apt-get install chromium).",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print how long each stage took (reading, Markdown, templates, links, writing).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even when it holds files the generator did not write.",
        };

        var drafts = new Option<bool>("--drafts")
        {
            Description = "Include the drafts: events and years in preparation (draft: true), fully checked. Without it they are left out, and each year left out is named.",
        };

        var build = new Command("build", "Build the report from the input folder into the output folder.\n" + ExitCodes)
        {
            input, theme, outputFolder, strict, logFormat, baseUrl, force, pdf, timings, drafts,
        };
        build.SetAction(result => Program.Build(
            new BuildOptions(Folder(result, input), Folder(result, theme), Folder(result, outputFolder), workingFolder)
            {
                Strict = result.GetValue(strict),
                LogFormat = ToLogFormat(result.GetValue(logFormat)),
                BaseUrl = result.GetValue(baseUrl),
                Force = result.GetValue(force),
                Pdf = result.GetValue(pdf),
                Timings = result.GetValue(timings),
                IncludeDrafts = result.GetValue(drafts),
            },
            output, error));

        var check = new Command("check", "Run every validation of a build (content, templates, finance, links) and write nothing.\n" + ExitCodes)
        {
            input, theme, strict, logFormat, baseUrl, drafts,
        };
        check.SetAction(result => Program.Build(
            new BuildOptions(Folder(result, input), Folder(result, theme), ShownPath.Absolute(workingFolder, DefaultOutput), workingFolder)
            {
                Strict = result.GetValue(strict),
                LogFormat = ToLogFormat(result.GetValue(logFormat)),
                BaseUrl = result.GetValue(baseUrl),
                WriteOutput = false,
                IncludeDrafts = result.GetValue(drafts),
            },
            output, error));

        var root = new RootCommand("Builds an annual report as a static HTML site from Markdown and YAML.")
        {
            build, check, ServeCommand.Create(input, theme, baseUrl, workingFolder, output, error), NewCommand.Create(input, theme, workingFolder, output, error),
        };
        root.Options.Add(new Option<bool>("--verbose")
        {
            Description = "When the generator itself fails (a bug), print the stack trace for the bug report (or set GENERATOR_DEBUG=1).",
            Recursive = true,
        });
        root.SetAction(result =>
        {
            error.WriteLine("generator: error: name a command: build, check, serve or new.");
            error.WriteLine(Program.HelpHint);
            return Program.UsageOrInternalError;
        });
        return root;
    }

    /// <summary>'text' or 'github', written in lower case as the README and the help show them (any case is accepted);
    /// anything else is a usage error that names both.</summary>
    private static string ParseLogFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var name = value.ToLowerInvariant();
        if (name is not ("text" or "github"))
        {
            result.AddError($"--log-format: '{value}' is not a log format: use text or github.");
        }

        return name;
    }

    /// <summary>An empty, blank or otherwise invalid <c>--base-url</c> is a usage error, by the rule of <see cref="Reading.BaseUrl"/>.</summary>
    private static void ValidateBaseUrl(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return;
        }

        var value = result.Tokens[0].Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            result.AddError($"--base-url needs {Reading.BaseUrl.Rule}, not an empty value; leave --base-url out to use base_url from site.yml.");
        }
        else if (Reading.BaseUrl.TryNormalise(value, out var problem) is null)
        {
            result.AddError($"--base-url {Printable(problem)}");
        }
    }

    /// <summary>A value as it can be shown on one line: control characters written as \uXXXX.</summary>
    internal static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else (empty, blank, a word,
    /// out of range) is a usage error that names the option and says what it needs.</summary>
    internal static int ParseNumber(System.CommandLine.Parsing.ArgumentResult result, string option, int min, int max, string what)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        result.AddError(string.IsNullOrWhiteSpace(value)
            ? $"{option} needs {what}, not an empty value."
            : $"{option} needs {what}, not '{Printable(value)}'.");
        return min;
    }

    /// <summary>
    /// A year argument (<c>new year 2023</c>, <c>new event --year 2023</c>): by the rule for a year folder's name
    /// (<see cref="Reading.YearFolders.Year"/>: four ASCII digits from 1900 to 2999); " 2021",
    /// "02024" or "2023.0" is refused with the way to write it, never read as some year.
    /// </summary>
    internal static int ParseYear(System.CommandLine.Parsing.ArgumentResult result, string option)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var rule = $"a year of four digits, like 2023 (from {Reading.YearFolders.First} to {Reading.YearFolders.Last})";
        if (Reading.YearFolders.Year(value) is { } year)
        {
            return year;
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]).TrimStart('0');
        var hint = value.Trim() != value ? " without spaces"
            : value.Length > 4 && value.StartsWith('0') && value.All(char.IsAsciiDigit) ? " without leading zeros"
            : "";
        result.AddError(string.IsNullOrWhiteSpace(value)
            ? $"{option} needs {rule}, not an empty value."
            : $"{option} needs {rule}, not '{Printable(value)}'." + (hint.Length > 0 && digits.Length == 4 ? $" Write it{hint}: {digits}." : ""));
        return Reading.YearFolders.First;
    }

    private static LogFormat ToLogFormat(string? name) => name == "github" ? LogFormat.GitHub : LogFormat.Text;
}
