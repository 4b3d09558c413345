using Generator.Tests.Support;

namespace Generator.Tests.Cli;

/// <summary>The README and every help text describe the site of several years (<c>input/2022/events/</c>), never the
/// layout of one year that came before it (<c>input/events/</c>, a base address ending in one year).</summary>
public class SingleYearLayoutTests
{
    private static readonly string[] OldLayout =
        ["input/events", "input/sections", "input/finance.yml", "input/report.yml", "jaaroverzicht-2022/", "with site.yml, finance.yml"];

    [Fact]
    public void The_readme_names_no_path_of_the_single_year_layout()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        Assert.All(OldLayout, old => Assert.DoesNotContain(old, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void No_help_text_names_the_single_year_layout()
    {
        var texts = new List<string>();
        void Walk(System.CommandLine.Command command)
        {
            texts.Add(command.Description ?? "");
            texts.AddRange(command.Options.Select(o => o.Description ?? ""));
            texts.AddRange(command.Arguments.Select(a => a.Description ?? ""));
            foreach (var sub in command.Subcommands)
            {
                Walk(sub);
            }
        }

        Walk(Generator.CommandLine.Create(Support.Cli.DefaultFolder, TextWriter.Null, TextWriter.Null));
        Assert.All(OldLayout, old => Assert.DoesNotContain(texts, t => t.Contains(old, StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("one folder per year", StringComparison.Ordinal));
    }
}
