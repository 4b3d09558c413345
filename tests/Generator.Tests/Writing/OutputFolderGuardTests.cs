using Generator.Diagnostics;
using Generator.Tests.Support;
using Generator.Writing;

namespace Generator.Tests.Writing;

/// <summary>
/// The output folder is judged on the real folder it leads to, however it is named (relative, '..', a trailing '/',
/// symbolic links at any level, a link to a link, the working folder through a link), and --force never overrides it.
/// Each case builds with --force in a real site with real links, and checks that nothing was changed.
/// </summary>
public class OutputFolderGuardTests
{
    /// <param name="links">Links to make in the site's folder, "name=target" separated by ';' (a target as the link holds it).</param>
    /// <param name="output">The --output argument, relative to the site's folder.</param>
    /// <param name="problem">What the error says of the real folder.</param>
    [Theory]
    [InlineData("out=input", "out", "'out', which leads to 'input', is the input folder")]
    [InlineData("out=input", "out/", "'out', which leads to 'input', is the input folder")]
    [InlineData("out=input", "out/.", "'out', which leads to 'input', is the input folder")]
    [InlineData("", "input/2022/..", "'input' is the input folder")]
    [InlineData("", "theme/assets/../", "'theme' is the theme folder")]
    [InlineData("up=..", "up", "contains the folder you run the command in")]
    [InlineData("up=..", "up/SITE", "which leads to '.', is the folder you run the command in")]
    [InlineData("up=..", "up/SITE/input/2022", "which leads to 'input/2022', lies inside the input folder")]
    [InlineData("a=b;b=theme", "a", "'a', which leads to 'theme', is the theme folder")]
    [InlineData("a=b;b=c;c=.", "a", "'a', which leads to '.', is the folder you run the command in")]
    [InlineData("deep=input/2022", "deep/events", "'deep/events', which leads to 'input/2022/events', lies inside the input folder")]
    [InlineData("deep=input/2022", "deep/nieuw/output", "which leads to 'input/2022/nieuw/output', lies inside the input folder")]
    [InlineData("back=input/2022/..", "back", "'back', which leads to 'input', is the input folder")]
    [InlineData("abs=ROOT/theme", "abs", "'abs', which leads to 'theme', is the theme folder")]
    [InlineData("", "/", "'/' is a file-system root")]
    [InlineData("up=..", "up/..", "'.' is the folder you run the command in")]
    public void An_output_that_leads_to_a_folder_it_may_not_replace_is_refused_even_with_force(string links, string output, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        var name = Path.GetFileName(site.Root);
        foreach (var link in links.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (at, target) = (link.Split('=')[0], link.Split('=')[1].Replace("ROOT", site.Root, StringComparison.Ordinal));
            Directory.CreateSymbolicLink(Path.Combine(site.Root, at), target);
        }

        var before = Fingerprint(site);

        var result = site.Run("build", "--force", "-o", output.Replace("SITE", name, StringComparison.Ordinal).Replace("ROOT", site.Root, StringComparison.Ordinal));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RPT602: The output folder ", result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.Contains("--force does not change this", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(site));
        Assert.Equal(Entries(site.Root, links), Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>A link that leads nowhere or to itself is refused as the --output argument (a usage error), and by the guard itself for a caller of the build.</summary>
    [Theory]
    [InlineData("input/2022/nieuw", "which leads to 'input/2022/nieuw', lies inside the input folder")]
    [InlineData("out", "'out' is a symbolic link that leads to itself (a loop)")]
    public void A_link_that_leads_nowhere_or_in_a_loop_is_refused(string target, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        var link = Path.Combine(site.Root, "out");
        Directory.CreateSymbolicLink(link, target);
        var before = Fingerprint(site);

        var usage = site.Run("build", "--force", "-o", "out");
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains($"--output 'out' is a symbolic link to '{target}', which is not a folder", usage.Error, StringComparison.Ordinal);

        var error = Assert.Single(SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, link, site.Root) { Force = true }).Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputFolderUnsafe, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(site));
        Assert.False(Directory.Exists(Path.Combine(site.Input, "2022", "nieuw")));
    }

    [Theory]
    [InlineData("docs/.git", true, "holds a git repository ('docs')")]
    [InlineData("a/b/c/.git", false, "holds a git repository ('a/b/c')")]
    [InlineData(".git", false, "is a git repository")]
    [InlineData(".git", true, "is a git repository")]
    public void An_output_that_holds_a_repository_anywhere_within_it_is_refused(string gitPath, bool gitIsFolder, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        var git = Path.Combine(site.Root, "publish", gitPath);
        Directory.CreateDirectory(Path.GetDirectoryName(git)!);
        if (gitIsFolder)
        {
            Directory.CreateDirectory(Path.Combine(git, "objects"));
            File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        }
        else
        {
            File.WriteAllText(git, "gitdir: /elders/.git/worktrees/x\n");
        }

        var before = TestSite.FingerprintOf(Path.Combine(site.Root, "publish"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "out"), "publish");

        var result = site.Run("build", "--force", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error RPT602: The output folder 'out', which leads to 'publish', {problem}", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.FingerprintOf(Path.Combine(site.Root, "publish")));
    }

    [Fact]
    public void A_repository_that_the_output_lies_inside_is_the_usual_case_and_allowed()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        // A link inside the output to a repository is removed as a link, never followed.
        Directory.CreateDirectory(site.Output);
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "repo"), site.Root);

        var result = site.Run("build", "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".git")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void An_output_link_to_a_folder_of_its_own_is_built_through()
    {
        using var site = TestSite.CopyOfRealReport();
        var elsewhere = Directory.CreateTempSubdirectory("report-elsewhere-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "out"), elsewhere);
            Assert.Equal(0, site.Run("build", "-o", "out/").ExitCode);
            Assert.True(File.Exists(Path.Combine(elsewhere, "index.html")));
            Assert.NotNull(new FileInfo(Path.Combine(site.Root, "out")).LinkTarget);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary>
    /// A real process started in a working folder reached through a link (as a shell's cd into it does), with
    /// -o "$PWD" --force: the process sees the real folder, the argument names the link, and both are the same folder.
    /// </summary>
    [Fact]
    public void The_working_folder_named_through_a_link_is_refused_in_a_real_process()
    {
        using var site = TestSite.CopyOfRealReport();
        var parent = Directory.CreateTempSubdirectory("report-link-").FullName;
        try
        {
            var linked = Path.Combine(parent, "site");
            Directory.CreateSymbolicLink(linked, site.Root);
            var before = Fingerprint(site);

            var result = Support.Cli.Run(linked, "build", "-o", linked, "--force");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"error RPT602: The output folder '{linked}', which leads to '.', is the folder you run the command in", result.Error, StringComparison.Ordinal);
            Assert.Equal(before, Fingerprint(site));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>The home folder comes from HOME, so this runs a real process with its own.</summary>
    [Theory]
    [InlineData("home", "is your home folder")]
    [InlineData("homelink", "is your home folder")]
    [InlineData("ROOT", "contains your home folder")]
    public void The_home_folder_is_never_an_output_folder(string output, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        var outer = Directory.CreateTempSubdirectory("report-home-").FullName;
        try
        {
            var home = Path.Combine(outer, "home");
            Directory.CreateDirectory(Path.Combine(home, "Documents"));
            File.WriteAllText(Path.Combine(home, "Documents", "scriptie.docx"), "belangrijk");
            Directory.CreateSymbolicLink(Path.Combine(outer, "homelink"), home);

            var result = Support.Cli.Run(site.Root, new Dictionary<string, string> { ["HOME"] = home }, "build", "--force", "-o", output == "ROOT" ? outer : Path.Combine(outer, output));

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error RPT602: ", result.Error, StringComparison.Ordinal);
            Assert.Contains(problem, result.Error, StringComparison.Ordinal);
            Assert.Equal("belangrijk", File.ReadAllText(Path.Combine(home, "Documents", "scriptie.docx")));
        }
        finally
        {
            Directory.Delete(outer, recursive: true);
        }
    }

    [Fact]
    public void Without_force_an_unsafe_folder_is_RPT602_never_the_advice_to_force_it()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "out"), "input");

        var result = site.Run("build", "-o", "out");

        Assert.Contains("error RPT602", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT603", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pass --force", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_holds_foreign_files_names_where_the_link_leads()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("scripties/scriptie.docx", "belangrijk");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "out"), "scripties");

        var result = site.Run("build", "-o", "out");

        Assert.Contains("error RPT603: The output folder 'out', which leads to 'scripties', already holds files", result.Error, StringComparison.Ordinal);
        Assert.Equal("belangrijk", site.Read("scripties/scriptie.docx"));
    }

    [Theory]
    [InlineData("a", "ROOT/a")]
    [InlineData("a/", "ROOT/a")]
    [InlineData("l1/x", "ROOT/t/x")]
    [InlineData("l2", "ROOT/t")]
    [InlineData("l3/y", "ROOT/t/y")]
    [InlineData("l4", "ROOT")]
    [InlineData("l5/z", "ROOT/missing/z")]
    public void RealPath_follows_links_at_every_level(string path, string expected)
    {
        var root = Directory.CreateTempSubdirectory("realpath-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "t"));
            Directory.CreateSymbolicLink(Path.Combine(root, "l1"), "t");
            Directory.CreateSymbolicLink(Path.Combine(root, "l2"), "l1");
            Directory.CreateSymbolicLink(Path.Combine(root, "l3"), Path.Combine(root, "l2", ".", "..", "t"));
            Directory.CreateSymbolicLink(Path.Combine(root, "l4"), "t/..");
            Directory.CreateSymbolicLink(Path.Combine(root, "l5"), "missing");
            Assert.Equal(expected.Replace("ROOT", RealPath.Of(root)!, StringComparison.Ordinal), RealPath.Of(Path.Combine(root, path)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void RealPath_names_no_place_for_a_loop()
    {
        var root = Directory.CreateTempSubdirectory("realpath-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "a"), "b");
            Directory.CreateSymbolicLink(Path.Combine(root, "b"), "a");
            Assert.Null(RealPath.Of(Path.Combine(root, "a", "x")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Every file of the input and the theme with the hash of its bytes, in one dictionary ("input/site.yml").
    private static IReadOnlyDictionary<string, string> Fingerprint(TestSite site) =>
        new[] { "input", "theme" }.SelectMany(f => TestSite.FingerprintOf(Path.Combine(site.Root, f)).Select(p => (Key: f + "/" + p.Key, p.Value)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    // What the site's folder holds after a refused build: input, theme and the links, and nothing the build made.
    private static IEnumerable<string> Entries(string root, string links) =>
        links.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')[0]).Concat(["input", "theme"]).Order(StringComparer.Ordinal);
}
