using Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Site;

/// <summary>The publishing workflow is valid YAML and runs the steps a team relies on.</summary>
public class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "publish.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static List<(string Name, string Run)> Steps(string job) =>
        [.. ((YamlSequenceNode)Map(Map(Workflow, "jobs"), job)["steps"]).Children.Cast<YamlMappingNode>()
            .Select(s => (s["name"].ToString(), s.Children.TryGetValue("run", out var run) ? run.ToString() : ((YamlScalarNode)s["uses"]).Value!))];

    [Fact]
    public void It_runs_on_pushes_to_main_and_on_pull_requests()
    {
        var on = Map(Workflow, "on");
        Assert.Equal("main", ((YamlSequenceNode)Map(on, "push")["branches"]).Children.Single().ToString());
        Assert.True(on.Children.ContainsKey("pull_request"));
    }

    [Fact]
    public void A_push_restores_tests_builds_strictly_uploads_and_deploys()
    {
        var steps = Steps("build");
        Assert.Contains(steps, s => s.Run.StartsWith("dotnet restore", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Run == "dotnet test tests/Generator.Tests");
        Assert.Contains(steps, s => s.Run.Contains("-- build --strict", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Run.StartsWith("actions/upload-pages-artifact", StringComparison.Ordinal));
        Assert.Contains(Steps("deploy"), s => s.Run.StartsWith("actions/deploy-pages", StringComparison.Ordinal));
        Assert.Equal("build", Map(Map(Workflow, "jobs"), "deploy")["needs"].ToString());
    }

    [Fact]
    public void A_pull_request_is_checked_strictly_with_annotations()
    {
        var steps = Steps("check");
        Assert.Contains(steps, s => s.Run == "dotnet test tests/Generator.Tests");
        Assert.Contains(steps, s => s.Run.EndsWith("-- check --strict --log-format github", StringComparison.Ordinal));
        Assert.Equal("github.event_name == 'pull_request'", Map(Map(Workflow, "jobs"), "check")["if"].ToString());
    }

    [Theory]
    [InlineData("check", "on a pull request:")]
    [InlineData("build", "on a push to `main`:")]
    public void The_README_names_the_test_command_each_job_runs(string job, string bullet)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var publishing = readme[readme.IndexOf("## Publishing", StringComparison.Ordinal)..];
        var line = publishing[publishing.IndexOf("- " + bullet, StringComparison.Ordinal)..];
        line = line[..BulletEnd(line)];
        var described = System.Text.RegularExpressions.Regex.Matches(line, "`(dotnet test[^`]*)`").Select(m => m.Groups[1].Value).ToList();
        var run = Steps(job).Where(s => s.Run.StartsWith("dotnet test", StringComparison.Ordinal)).Select(s => s.Run).ToList();
        Assert.NotEmpty(run);
        Assert.Equal(run, described);
    }

    /// <summary>Where a README bullet ends: at the next bullet or the next blank line, whichever comes first.</summary>
    private static int BulletEnd(string text) =>
        new[] { text.IndexOf("\n- ", StringComparison.Ordinal), text.IndexOf("\n\n", StringComparison.Ordinal), text.Length }.Where(i => i > 0).Min();
}
