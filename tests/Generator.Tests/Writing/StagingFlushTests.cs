using System.Diagnostics;
using Generator.Writing;

namespace Generator.Tests.Writing;

/// <summary>The staging folder goes to disk while the build writes, and completely before the exchange.</summary>
public sealed class StagingFlushTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("staging-flush-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writing_more_than_the_flush_interval_starts_flushing_before_the_build_completes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var flush = StagingFlush.Start(_folder);
        var page = new byte[1 << 20];
        for (var i = 0; i < 3 * StagingFlush.FlushEvery / page.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(_folder, $"{i}.html"), page);
            flush.Written(page.Length);
        }

        var clock = Stopwatch.StartNew();
        while (flush.EarlyFlushes == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(10);
        }

        Assert.True(flush.EarlyFlushes >= 1, "no flush started while writing");
        flush.Complete();
    }

    [Fact]
    public void Less_than_the_flush_interval_is_left_to_the_last_flush()
    {
        using var flush = StagingFlush.Start(_folder);
        for (var i = 0; i < 100; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i}.html"), "<p>kort</p>");
            flush.Written(11);
        }

        flush.Complete();

        Assert.Equal(0, flush.EarlyFlushes);
    }

    [Fact]
    public void A_folder_that_cannot_be_opened_is_an_io_failure_not_a_crash()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var missing = Path.Combine(_folder, "bestaat-niet");

        var error = Assert.Throws<IOException>(() => StagingFlush.Start(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
