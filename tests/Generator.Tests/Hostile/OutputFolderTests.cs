using Generator.Diagnostics;
using Generator.Tests.Support;
using Generator.Writing;

namespace Generator.Tests.Hostile;

/// <summary>A build never destroys what it should not, and a failure at any point loses nothing.</summary>
public class OutputFolderTests
{
    [Theory]
    [InlineData("input", "is the input folder")]
    [InlineData("theme", "is the theme folder")]
    [InlineData(".", "is the folder you run the command in")]
    [InlineData("input/2022/events/output", "lies inside the input folder")]
    [InlineData("theme/assets/output", "lies inside the theme folder")]
    [InlineData("/", "is a file-system root")]
    public void An_output_folder_whose_replacement_would_destroy_input_or_theme_is_refused(string output, string problem)
    {
        using var site = TestSite.CopyOfRealReport();
        var before = site.OutputFingerprint(site.Root);
        var result = site.Build(output.StartsWith('/') ? output : Path.Combine(site.Root, output));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputFolderUnsafe, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputFingerprint(site.Root));
    }

    [Fact]
    public void A_git_repository_is_never_an_output_folder()
    {
        using var site = TestSite.CopyOfRealReport();
        var repository = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var error = Assert.Single(site.Build(repository).Diagnostics);
        Assert.Contains("is a git repository", error.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(repository, ".git")));
    }

    [Fact]
    public void A_folder_the_generator_did_not_make_is_replaced_only_with_force()
    {
        using var site = TestSite.CopyOfRealReport();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "scriptie.docx"), "belangrijk");

        var refused = site.Run("build");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error RPT603: The output folder 'output' already holds files that the generator did not write", refused.Error, StringComparison.Ordinal);
        Assert.Equal("belangrijk", site.Read("output/scriptie.docx"));

        var forced = site.Run("build", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "scriptie.docx")));
        Assert.True(File.Exists(Path.Combine(site.Output, SiteWriter.MarkerFile)));

        // Its own output it replaces without being asked.
        Assert.Equal(0, site.Run("build").ExitCode);
    }

    [Fact]
    public void A_file_added_by_hand_to_the_output_is_never_dropped_without_force()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        File.WriteAllText(Path.Combine(site.Output, "CNAME"), "jaaroverzicht.example.org");
        Directory.CreateDirectory(Path.Combine(site.Output, "extra"));
        File.WriteAllText(Path.Combine(site.Output, "extra", "notes.txt"), "notities");

        var refused = site.Run("build");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error RPT603: The output folder 'output' holds 2 file(s) that the last build did not write ('CNAME', 'extra/notes.txt')", refused.Error, StringComparison.Ordinal);
        Assert.Contains("belongs in input/static/, whose files are copied to the same place in the output", refused.Error, StringComparison.Ordinal);
        Assert.Equal("jaaroverzicht.example.org", site.Read("output/CNAME"));
        Assert.Equal("notities", site.Read("output/extra/notes.txt"));

        Assert.Equal(0, site.Run("build", "--force").ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "CNAME")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "extra")));

        // A stale page of the generator's own (an event that was removed) is no one else's file.
        File.Delete(Path.Combine(site.Year, "events", "2022-01-26-ind-onderzoekt-interne-cultuur.md"));
        Assert.Equal(0, site.Run("build").ExitCode);
    }

    /// <summary>
    /// One walk of the old site finds both a repository and the files its marker does not list: a hidden file is
    /// listed, a symbolic link is named as the link (the build removes the link, never what it leads to), and the
    /// folder it leads to is not walked, for files or for a repository.
    /// </summary>
    [Fact]
    public void A_link_or_hidden_file_added_to_the_output_is_named_and_what_a_link_leads_to_is_not_walked()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var elsewhere = Path.Combine(site.Root, "elders");
        Directory.CreateDirectory(Path.Combine(elsewhere, ".git"));
        File.WriteAllText(Path.Combine(elsewhere, "notes.txt"), "notities");
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "map"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(site.Output, "notes.txt"), Path.Combine(elsewhere, "notes.txt"));
        Directory.CreateDirectory(Path.Combine(site.Output, "2022", ".verborgen"));
        File.WriteAllText(Path.Combine(site.Output, "2022", ".verborgen", "x"), "x");

        var refused = site.Run("build");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error RPT603: The output folder 'output' holds 3 file(s) that the last build did not write ('2022/.verborgen/x', 'map', 'notes.txt')", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT602", refused.Error, StringComparison.Ordinal);

        Assert.Equal(0, site.Run("build", "--force").ExitCode);
        Assert.Equal("notities", site.Read("elders/notes.txt"));
        Assert.True(Directory.Exists(Path.Combine(elsewhere, ".git")));
    }

    /// <summary>A repository deep in the old site is found by the same walk, also in a folder the marker lists no file of, and with --force.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_repository_deep_in_an_old_site_of_the_generator_is_refused(bool force)
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        Directory.CreateDirectory(Path.Combine(site.Output, "2022", "bijlagen", ".git", "objects"));

        var refused = force ? site.Run("build", "--force") : site.Run("build");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error RPT602: The output folder 'output' holds a git repository ('2022/bijlagen')", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RPT603", refused.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(site.Output, "2022", "bijlagen", ".git", "objects")));
    }

    [Fact]
    public void A_marker_copied_into_a_foreign_folder_does_not_make_its_files_the_generators()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var foreign = Path.Combine(site.Root, "scripties");
        Directory.CreateDirectory(foreign);
        File.Copy(Path.Combine(site.Output, SiteWriter.MarkerFile), Path.Combine(foreign, SiteWriter.MarkerFile));
        File.WriteAllText(Path.Combine(foreign, "scriptie.docx"), "belangrijk");

        var refused = site.Run("build", "--output", "scripties");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("'scriptie.docx'", refused.Error, StringComparison.Ordinal);
        Assert.Equal("belangrijk", File.ReadAllText(Path.Combine(foreign, "scriptie.docx")));
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_previous_output_as_it_was()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();

        site.Edit("input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md", "Ruim 2.000", "Ruim 3.000");
        var written = 0;
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, site.Root), new WriteFaults(BeforeEachFile: _ =>
        {
            if (Interlocked.Increment(ref written) == 10)
            {
                throw new IOException("No space left on device");
            }
        }));

        Assert.Equal(WriteOutcome.LeftAsItWas, result.Output);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputFingerprint());
        Assert.Equal([".output.lock", ".output.staging", "input", "output", "theme"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Symbolic_links_that_lead_outside_input_or_theme_are_refused()
    {
        using var site = TestSite.CopyOfRealReport();
        var outside = Path.Combine(site.Root, "geheim.md");
        File.WriteAllText(outside, "---\ntitle: Geheim\ndate: 2022-05-05\n---\nGeheime tekst.\n");
        File.CreateSymbolicLink(Path.Combine(site.Year, "events", "2022-05-05-geheim.md"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Theme, "assets", "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(site.Theme, "assets", "etc"), "/etc");

        var result = site.Build();
        Assert.Equal(
            ["input/2022/events/2022-05-05-geheim.md", "theme/assets/etc", "theme/assets/passwd.txt"],
            result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LinkLeadsOutside).Select(d => d.Location!.Path).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_is_read_like_any_file()
    {
        using var site = TestSite.CopyOfRealReport();
        File.Move(Path.Combine(site.Theme, "assets", "style.css"), Path.Combine(site.Theme, "assets", "echt.css"));
        File.CreateSymbolicLink(Path.Combine(site.Theme, "assets", "style.css"), Path.Combine(site.Theme, "assets", "echt.css"));
        site.BuildSuccessfully();
        Assert.Equal(site.Read("theme/assets/echt.css"), site.Read("output/assets/style.css"));
    }
}
