using System.CommandLine;

namespace Generator;

/// <summary>The commands and options, with their help texts.</summary>
public static class CommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The folder with site.yml, finance.yml, events/ and sections/.",
            DefaultValueFactory = _ => BuildOptions.Default.InputFolder,
        };
        var theme = new Option<string>("--theme", "-t")
        {
            Description = "The folder with layouts/, partials/ and assets/.",
            DefaultValueFactory = _ => BuildOptions.Default.ThemeFolder,
        };
        var outputFolder = new Option<string>("--output", "-o")
        {
            Description = "The folder the site is written to. It is replaced only when the build succeeds.",
            DefaultValueFactory = _ => BuildOptions.Default.OutputFolder,
        };

        var build = new Command("build", "Build the report from the input folder into the output folder.\n"
            + "Exit codes: 0 built, 1 content errors (each printed as path(line,col): error CODE: message), 2 usage error.")
        {
            input, theme, outputFolder,
        };
        build.SetAction(result => Program.Build(
            new BuildOptions(result.GetValue(input)!, result.GetValue(theme)!, result.GetValue(outputFolder)!), output, error));

        var root = new RootCommand("Builds an annual report as a static HTML site from Markdown and YAML.")
        {
            build,
        };
        root.SetAction(result =>
        {
            error.WriteLine("generator: error: name a command, for example 'build'.");
            error.WriteLine("Run 'generator --help' to see the commands and options.");
            return Program.UsageOrInternalError;
        });
        return root;
    }
}
