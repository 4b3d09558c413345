namespace Generator.Tests.Support;

/// <summary>The golden-file check itself: approving rewrites and fails, so no run passes without comparing.</summary>
public sealed class ApprovalsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("approvals-").FullName;

    private string Approved => Path.Combine(_folder, "sub", "approved.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_difference_fails_and_leaves_the_approved_file_alone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
        File.WriteAllText(Approved, "oud\n");
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Approvals.Verify(Approved, "nieuw\n", approving: false));
        Assert.Equal("oud\n", File.ReadAllText(Approved));
    }

    [Fact]
    public void A_missing_approved_file_fails()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Approvals.Verify(Approved, "nieuw\n", approving: false));
        Assert.Contains("No approved file", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Approved));
    }

    [Fact]
    public void Approving_a_difference_rewrites_the_file_and_still_fails()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Approvals.Verify(Approved, "nieuw\r\n", approving: true));
        Assert.Contains("Approved file rewritten", failure.Message, StringComparison.Ordinal);
        Assert.Equal("nieuw\n", File.ReadAllText(Approved));

        // Approved now: the same output passes, with or without approving, and a different one fails again.
        Approvals.Verify(Approved, "nieuw\n", approving: true);
        Approvals.Verify(Approved, "nieuw\n", approving: false);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Approvals.Verify(Approved, "anders\n", approving: false));
    }
}
