using Generator.Diagnostics;
using Generator.Tests.Support;
using Generator.Writing;

namespace Generator.Tests.Writing;

/// <summary>The output folder is the old site or the new one, whole, whatever fails; leftovers are swept; one build at a time.</summary>
public class AtomicPublishTests
{
    private const string ChangedEvent = "input/2022/events/2022-01-26-ind-onderzoekt-interne-cultuur.md";

    [Fact]
    public void A_swap_that_fails_leaves_the_previous_site_byte_for_byte_and_nothing_beside_it()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");

        // The staging folder is taken away just before the exchange, so the real rename system call fails.
        var (outcome, diagnostics) = Write(site, new WriteFaults(BeforeSwap: () => Directory.Delete(Staging(site), recursive: true)));

        Assert.Equal(WriteOutcome.LeftAsItWas, outcome);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.Contains("could not be moved into", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("The previous output is unchanged.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.OutputFingerprint());
        Assert.Equal([".output.lock", "input", "output", "theme"], Entries(site));
    }

    [Fact]
    public void A_failure_just_before_the_swap_leaves_the_previous_site_and_the_complete_new_one_in_the_staging_folder()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");

        var (outcome, _) = Write(site, new WriteFaults(BeforeSwap: () => throw new IOException("Input/output error")));

        Assert.Equal(WriteOutcome.LeftAsItWas, outcome);
        Assert.Equal(before, site.OutputFingerprint());
        var staged = site.OutputFingerprint(Staging(site));
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), staged.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["2022/01/ind-onderzoekt-interne-cultuur/index.html", "2022/events.json", "2022/index.html", "events.json", "feed.xml"],
            before.Where(file => staged[file.Key] != file.Value).Select(file => file.Key).Order(StringComparer.Ordinal));
        Assert.Equal([".output.lock", ".output.staging", "input", "output", "theme"], Entries(site));
    }

    [Fact]
    public void Where_folders_cannot_be_exchanged_a_failed_second_rename_puts_the_old_site_back()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        var aside = Path.Combine(site.Root, ".output.old-test");

        Assert.ThrowsAny<IOException>(() => FolderSwap.Swap(Path.Combine(site.Root, "bestaat-niet"), site.Output, aside, exchange: false));

        Assert.Equal(before, site.OutputFingerprint());
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void Where_folders_cannot_be_exchanged_two_renames_still_put_the_whole_new_site_in_place()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var staging = Path.Combine(site.Root, ".output.staging-test");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "nieuw");
        var aside = Path.Combine(site.Root, ".output.old-test");

        FolderSwap.Swap(staging, site.Output, aside, exchange: false);

        Assert.Equal(["index.html"], site.OutputFiles());
        Assert.True(File.Exists(Path.Combine(staging, SiteWriter.MarkerFile)));
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void The_exchange_swaps_the_two_folders_in_one_step()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        var staging = Path.Combine(site.Root, ".output.staging-test");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "index.html"), "nieuw");

        FolderSwap.Swap(staging, site.Output, Path.Combine(site.Root, ".output.old-test"));

        Assert.Equal(["index.html"], site.OutputFiles());
        Assert.Equal(before, site.OutputFingerprint(staging));
    }

    [Fact]
    public void A_first_build_that_fails_half_way_leaves_no_folder_behind()
    {
        using var site = TestSite.CopyOfRealReport();
        var written = 0;
        var (outcome, diagnostics) = Write(site, new WriteFaults(BeforeEachFile: _ =>
        {
            if (Interlocked.Increment(ref written) == 10)
            {
                throw new IOException("No space left on device");
            }
        }));

        Assert.Equal(WriteOutcome.LeftAsItWas, outcome);
        Assert.Contains("No space left on device", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal([".output.lock", "input", "theme"], Entries(site));
    }

    [Fact]
    public void A_first_build_appears_whole_in_one_rename()
    {
        using var site = TestSite.CopyOfRealReport();
        var seen = new List<bool>();
        var (outcome, _) = Write(site, new WriteFaults(BeforeEachFile: _ => { lock (seen) { seen.Add(Directory.Exists(site.Output)); } }, BeforeSwap: () => seen.Add(Directory.Exists(site.Output))));

        Assert.Equal(WriteOutcome.Replaced, outcome);
        Assert.DoesNotContain(true, seen);
        Assert.Contains("index.html", site.OutputFiles());
        Assert.Equal([".output.lock", "input", "output", "theme"], Entries(site));
    }

    [Fact]
    public void What_earlier_builds_left_beside_the_output_is_swept_and_nothing_else()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        foreach (var leftover in new[] { ".output.staging-0123abcd", ".output.old-4567ef", ".ander.staging-89ab" })
        {
            Directory.CreateDirectory(Path.Combine(site.Root, leftover, "2022", "01"));
            File.WriteAllText(Path.Combine(site.Root, leftover, "2022", "01", "index.html"), "half");
        }

        site.BuildSuccessfully();

        Assert.Equal([".ander.staging-89ab", ".output.lock", ".output.staging", "input", "output", "theme"], Entries(site));
    }

    [Fact]
    public void A_staging_folder_left_in_any_state_becomes_exactly_the_new_site()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var clean = Path.Combine(site.Root, "schoon");
        Assert.True(site.Build(clean).Written);

        // What a killed build, or an earlier site, may leave: a stray file and folder, a half-written page, a page
        // where a folder belongs, a folder where a page belongs, links to elsewhere.
        var staging = Staging(site);
        CopyTree(site.Output, staging);
        File.WriteAllText(Path.Combine(staging, "vreemd.txt"), "weg ermee");
        Directory.CreateDirectory(Path.Combine(staging, "2021", "leeg"));
        File.WriteAllText(Path.Combine(staging, "index.html"), "<!doctype html><html><body>half");
        Directory.Delete(Path.Combine(staging, "2022", "03"), recursive: true);
        File.WriteAllText(Path.Combine(staging, "2022", "03"), "een bestand waar een map hoort");
        File.Delete(Path.Combine(staging, "events.json"));
        Directory.CreateDirectory(Path.Combine(staging, "events.json"));
        File.Delete(Path.Combine(staging, "feed.xml"));
        File.CreateSymbolicLink(Path.Combine(staging, "feed.xml"), Path.Combine(site.Output, "feed.xml"));
        Directory.Delete(Path.Combine(staging, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(staging, "assets"), site.Theme);

        site.BuildSuccessfully();

        Assert.Equal(site.OutputFingerprint(clean), site.OutputFingerprint());
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories), e => new FileInfo(e).LinkTarget is not null);
        Assert.True(File.Exists(Path.Combine(site.Theme, "assets", "style.css")));
    }

    [Fact]
    public void Making_the_next_site_in_the_staging_folder_never_changes_the_site_on_show()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");
        site.BuildSuccessfully();

        // The staging folder now holds the first site: the pages that the change did not touch are hard links to
        // the pages on show. The next change touches one of those.
        const string Other = "input/2022/events/2022-02-07-samenvoeging-ind-loketten.md";
        var shown = site.OutputFingerprint();
        site.Write(Other, site.Read(Other) + "\nNog een zin.\n");
        var (outcome, _) = Write(site, new WriteFaults(BeforeSwap: () => Assert.Equal(shown, site.OutputFingerprint())));

        Assert.Equal(WriteOutcome.Replaced, outcome);
        Assert.Contains("Nog een zin.", site.Read("output/2022/02/samenvoeging-ind-loketten/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nog een zin.", site.Read(".output.staging/2022/02/samenvoeging-ind-loketten/index.html"), StringComparison.Ordinal);
        Assert.Equal(shown, site.OutputFingerprint(Staging(site)));
    }

    [Fact]
    public void A_second_build_into_the_same_output_while_one_runs_is_refused_and_changes_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        var before = site.OutputFingerprint();
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");

        using (var running = OutputLock.TryTake(site.Output, new DiagnosticBag()))
        {
            Assert.NotNull(running);
            var refused = site.RunProcess("build");

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("error RPT606: Another build is writing to 'output' right now. Wait until it has finished and build again", refused.Error, StringComparison.Ordinal);
            Assert.EndsWith("'output' was left as it was.\n", refused.Error, StringComparison.Ordinal);
            Assert.Equal(before, site.OutputFingerprint());

            // Another output folder beside it has a lock of its own.
            Assert.Equal(0, site.RunProcess("build", "--output", "ander").ExitCode);
        }

        // The lock is released when its holder ends, and the file it leaves behind blocks nobody.
        Assert.Equal(0, site.RunProcess("build").ExitCode);
        Assert.NotEqual(before, site.OutputFingerprint());
    }

    [Fact]
    public void A_symbolic_link_as_output_stays_a_link_and_the_folder_it_leads_to_gets_the_new_site()
    {
        using var site = TestSite.CopyOfRealReport();
        var real = Path.Combine(site.Root, "publiek", "jaarverslag");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(site.Output, real);
        site.BuildSuccessfully();
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");
        site.BuildSuccessfully();

        Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
        Assert.Contains("Ruim 3.000", File.ReadAllText(Path.Combine(real, "2022", "01", "ind-onderzoekt-interne-cultuur", "index.html")), StringComparison.Ordinal);
        Assert.Equal([".jaarverslag.lock", ".jaarverslag.staging", "jaarverslag"], Directory.GetFileSystemEntries(Path.Combine(site.Root, "publiek")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_new_output_folder_keeps_the_permissions_of_the_old_one()
    {
        using var site = TestSite.CopyOfRealReport();
        site.BuildSuccessfully();
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(site.Output, mode);
        site.Edit(ChangedEvent, "Ruim 2.000", "Ruim 3.000");
        site.BuildSuccessfully();
        Assert.Equal(mode, File.GetUnixFileMode(site.Output));
    }

    /// <summary>A build of the site as the CLI makes it, with writing made to fail where <paramref name="faults"/> says.</summary>
    private static (WriteOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics) Write(TestSite site, WriteFaults faults)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, site.Root), faults);
        return (result.Output, result.Diagnostics);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Staging(TestSite site) => Path.Combine(site.Root, ".output.staging");

    private static IReadOnlyList<string> Entries(TestSite site) =>
        [.. Directory.GetFileSystemEntries(site.Root).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];
}
