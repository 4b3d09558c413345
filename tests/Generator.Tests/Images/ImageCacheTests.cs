using System.Text;
using Generator.Images;
using Generator.Tests.Support;

namespace Generator.Tests.Images;

/// <summary>
/// The image cache between builds: an unchanged original is not read again (its key is remembered by path, size and
/// dates), a changed one is, the memo is never trusted when damaged, file dates never change what is published,
/// and a successful build removes the entries it no longer uses.
/// </summary>
public class ImageCacheTests
{
    private static readonly DateTime LongAgo = new(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    private static string CacheFolder(TestSite site) => Path.Combine(site.Root, ".cache", "images");

    private static string MemoFile(TestSite site) => Path.Combine(CacheFolder(site), OriginalsMemo.FileName);

    private static List<string> Entries(TestSite site) =>
        [.. Directory.GetDirectories(CacheFolder(site)).Select(d => Path.GetFileName(d)).Where(ImageCache.IsKey).Order(StringComparer.Ordinal)];

    private static void SetModified(TestSite site, string name, DateTime time) =>
        File.SetLastWriteTimeUtc(Path.Combine(site.Year, "images", name), time);

    /// <summary>Two photos (with text in their EXIF to change without changing their size), dated long ago.</summary>
    private static TestSite TwoPhotos()
    {
        var site = PhotoSite.Create();
        site.AddImage("a.jpg", TestImages.Jpeg(600, 400, gps: true));
        site.AddImage("b.jpg", TestImages.Jpeg(640, 400));
        SetModified(site, "a.jpg", LongAgo);
        SetModified(site, "b.jpg", LongAgo);
        site.AppendToEvent("![Foto A](../images/a.jpg)\n\n![Foto B](../images/b.jpg)");
        return site;
    }

    /// <summary>Rewrites a.jpg with one letter of its EXIF changed: other bytes, the same size.</summary>
    private static void ChangeBytesKeepingSize(TestSite site)
    {
        var file = Path.Combine(site.Year, "images", "a.jpg");
        var bytes = File.ReadAllBytes(file);
        var at = bytes.AsSpan().IndexOf("Testtelefoon"u8);
        Assert.True(at >= 0);
        bytes[at] = (byte)'B';
        File.WriteAllBytes(file, bytes);
    }

    private static string PublishedName(TestSite site, string stem) =>
        site.OutputFiles().Single(f => f.StartsWith("images/" + stem + "-", StringComparison.Ordinal) && f.EndsWith("-480.jpg", StringComparison.Ordinal));

    [Fact]
    public void A_rebuild_of_unchanged_photos_reads_no_original()
    {
        using var site = TwoPhotos();
        var first = site.BuildSuccessfully();
        Assert.Equal((2, 2), (first.ImagesRead, first.ImagesEncoded));
        var output = site.OutputFingerprint();

        var second = site.BuildSuccessfully();
        Assert.Equal((0, 0), (second.ImagesRead, second.ImagesEncoded));
        Assert.Equal(output, site.OutputFingerprint());

        // With the output removed too, the images come from the cache unread.
        Directory.Delete(site.Output, recursive: true);
        var third = site.BuildSuccessfully();
        Assert.Equal((0, 0), (third.ImagesRead, third.ImagesEncoded));
        Assert.Equal(output, site.OutputFingerprint());
    }

    [Fact]
    public void A_photo_with_other_bytes_and_a_new_time_is_read_again_and_published_under_a_new_name()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var before = PublishedName(site, "a");

        ChangeBytesKeepingSize(site);
        SetModified(site, "a.jpg", LongAgo.AddSeconds(1));
        var result = site.BuildSuccessfully();

        Assert.Equal((1, 1), (result.ImagesRead, result.ImagesEncoded));
        Assert.NotEqual(before, PublishedName(site, "a"));
    }

    [Fact]
    public void A_photo_of_another_size_with_the_same_time_is_read_again()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var before = PublishedName(site, "b");

        site.AddImage("b.jpg", TestImages.Jpeg(700, 400));
        SetModified(site, "b.jpg", LongAgo);
        var result = site.BuildSuccessfully();

        Assert.Equal((1, 1), (result.ImagesRead, result.ImagesEncoded));
        Assert.NotEqual(before, PublishedName(site, "b"));
    }

    [Fact]
    public void The_documented_limit_other_bytes_with_the_same_size_and_time_are_not_seen_until_the_time_changes()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var before = PublishedName(site, "a");

        ChangeBytesKeepingSize(site);
        SetModified(site, "a.jpg", LongAgo);
        Assert.Equal(0, site.BuildSuccessfully().ImagesRead);
        Assert.Equal(before, PublishedName(site, "a"));

        // Touching the file (as `touch` or saving it again does) is enough.
        SetModified(site, "a.jpg", LongAgo.AddDays(1));
        Assert.Equal(1, site.BuildSuccessfully().ImagesRead);
        Assert.NotEqual(before, PublishedName(site, "a"));
    }

    [Fact]
    public void File_dates_decide_only_whether_to_hash_again_never_what_is_published()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var output = site.OutputFingerprint();

        SetModified(site, "a.jpg", new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc));
        SetModified(site, "b.jpg", new DateTime(1999, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var touched = site.BuildSuccessfully();
        Assert.Equal((2, 0), (touched.ImagesRead, touched.ImagesEncoded));
        Assert.Equal(output, site.OutputFingerprint());

        // And from scratch, with the new dates: the same bytes.
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        Directory.Delete(site.Output, recursive: true);
        Assert.Equal(2, site.BuildSuccessfully().ImagesEncoded);
        Assert.Equal(output, site.OutputFingerprint());
    }

    [Fact]
    public void A_photo_changed_just_now_is_hashed_again_next_time_as_its_time_could_hide_a_second_change()
    {
        using var site = TwoPhotos();
        // "Just now" as the memo sees it when the build writes it: a time a little ahead, so that a build slower than
        // the 2 s window (a loaded machine took longer) still finds it too recent to trust, as a save just before would be.
        SetModified(site, "a.jpg", DateTime.UtcNow.AddSeconds(30));
        site.BuildSuccessfully();
        Assert.Equal(1, site.BuildSuccessfully().ImagesRead);
    }

    public static TheoryData<string> DamagedMemos => ["garbage", "truncated", "tampered", "empty", "other settings"];

    [Theory]
    [MemberData(nameof(DamagedMemos))]
    public void A_damaged_memo_is_ignored_and_written_anew(string damage)
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var output = site.OutputFingerprint();
        var memo = File.ReadAllText(MemoFile(site));
        Assert.Contains("/a.jpg\n", memo, StringComparison.Ordinal);
        var keyOfA = memo.Split('\n').Single(l => l.EndsWith("/a.jpg", StringComparison.Ordinal))[..32];
        var keyOfB = memo.Split('\n').Single(l => l.EndsWith("/b.jpg", StringComparison.Ordinal))[..32];

        File.WriteAllText(MemoFile(site), damage switch
        {
            "garbage" => "\0\u00ff\u0001 not a memo at all \t\t\n\n\n",
            "truncated" => memo[..(memo.Length / 2)],
            // Both photos' keys swapped: well-formed lines that lie, but the file's own hash no longer agrees.
            "tampered" => memo.Replace(keyOfA, "x").Replace(keyOfB, keyOfA).Replace("x", keyOfB),
            "empty" => "",
            // Written for other settings (a lower size limit, say), with its own hash made to agree: checked again.
            _ => WithSum(memo.Replace(ImageSettings.Default.DescribeWithLimits(), "v1;480,800,1200,1600;80;82;libvips 8.0.0;1;1")),
        }, Encoding.UTF8);

        var result = site.BuildSuccessfully();
        Assert.Equal((2, 0), (result.ImagesRead, result.ImagesEncoded));
        Assert.Equal(output, site.OutputFingerprint());
        Assert.Equal(0, site.BuildSuccessfully().ImagesRead);
    }

    private static string WithSum(string memo)
    {
        var body = memo[..memo.LastIndexOf("sha256 ", StringComparison.Ordinal)];
        return body + "sha256 " + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))) + "\n";
    }

    [Fact]
    public void The_memo_is_only_a_hint_a_key_missing_from_the_cache_reads_the_original_again()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var output = site.OutputFingerprint();
        // Every cache entry gone: the remembered keys lead nowhere, so the originals are read and encoded again.
        foreach (var entry in Entries(site))
        {
            Directory.Delete(Path.Combine(CacheFolder(site), entry), recursive: true);
        }

        var result = site.BuildSuccessfully();
        Assert.Equal((2, 2), (result.ImagesRead, result.ImagesEncoded));
        Assert.Equal(output, site.OutputFingerprint());
    }

    [Fact]
    public void A_successful_build_removes_the_cache_entries_it_no_longer_uses_and_nothing_else()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var both = Entries(site);
        Assert.Equal(2, both.Count);

        // Things in the cache folder that are not entries: kept.
        var notOurs = new[] { "notes", "0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcde", ".0123456789abcdef0123456789abcdef.staging" };
        foreach (var name in notOurs)
        {
            Directory.CreateDirectory(Path.Combine(CacheFolder(site), name));
        }

        File.WriteAllText(Path.Combine(CacheFolder(site), "0123456789abcdef0123456789abcdef"), "a file, not an entry");

        // A failed build removes nothing, even though it uses no image.
        site.Edit(PhotoSite.Event, "![Foto B](../images/b.jpg)", "![Foto B](../images/weg.jpg)");
        var failed = site.Build();
        Assert.True(failed.HasErrors);
        Assert.Equal(both, Entries(site));

        site.Edit(PhotoSite.Event, "![Foto B](../images/weg.jpg)", "");
        var result = site.BuildSuccessfully();
        Assert.Equal(1, result.ImageCacheEntriesRemoved);
        var left = Assert.Single(Entries(site));
        Assert.Contains(left, both);
        Assert.All(notOurs, n => Assert.True(Directory.Exists(Path.Combine(CacheFolder(site), n)), n));
        Assert.True(File.Exists(Path.Combine(CacheFolder(site), "0123456789abcdef0123456789abcdef")));
        Assert.True(File.Exists(MemoFile(site)));

        // The entry kept is the one used: the next build encodes nothing and reads nothing.
        Assert.Equal((0, 0, 0), (site.BuildSuccessfully() is var again ? (again.ImagesRead, again.ImagesEncoded, again.ImageCacheEntriesRemoved) : default));
    }

    [Fact]
    public void A_fresh_output_publishes_the_cached_images_as_hard_links_not_copies()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        var output = site.OutputFingerprint();
        Directory.Delete(site.Output, recursive: true);
        var staging = Path.Combine(site.Root, ".output.staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        site.BuildSuccessfully();
        Assert.Equal(output, site.OutputFingerprint());

        // One file under two names: a byte written into the cache's file shows in the published one.
        var entry = Path.Combine(CacheFolder(site), Entries(site)[0]);
        var cached = Directory.GetFiles(entry, "*.jpg").Order(StringComparer.Ordinal).First();
        var before = File.ReadAllBytes(cached);
        var published = site.OutputFiles().Where(f => f.StartsWith("images/", StringComparison.Ordinal))
            .Single(f => File.ReadAllBytes(Path.Combine(site.Output, f)).AsSpan().SequenceEqual(before));
        using (var stream = new FileStream(cached, FileMode.Open, FileAccess.Write))
        {
            stream.Seek(-1, SeekOrigin.End);
            stream.WriteByte((byte)(before[^1] ^ 0xff));
        }

        Assert.False(File.ReadAllBytes(Path.Combine(site.Output, published)).AsSpan().SequenceEqual(before));
    }

    [Fact]
    public void Check_does_not_remove_cache_entries()
    {
        using var site = TwoPhotos();
        site.BuildSuccessfully();
        site.Edit(PhotoSite.Event, "![Foto B](../images/b.jpg)", "");
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.Theme, site.Output, site.Root) { WriteOutput = false });
        Assert.False(result.HasErrors);
        Assert.Equal(2, Entries(site).Count);
    }
}
