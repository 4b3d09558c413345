namespace Generator.Tests.Support;

/// <summary>
/// Golden files: the test compares what it made with an approved file in the repository, so a reviewer sees in
/// the diff what a change alters. Run the tests with APPROVE=1 to rewrite the approved files on purpose: a file
/// that changes is written and its test fails ("approved file rewritten"), so an approving run never passes by
/// itself; the next run without APPROVE=1 checks the files as approved.
/// </summary>
public static class Approvals
{
    private static bool Approving => Environment.GetEnvironmentVariable("APPROVE") == "1";

    public static void Verify(string approvedPath, string actual) => Verify(approvedPath, actual, Approving);

    /// <param name="approving">Whether to write <paramref name="actual"/> as the approved file when it differs.</param>
    public static void Verify(string approvedPath, string actual, bool approving)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approving && approved != actual)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            Assert.Fail($"Approved file rewritten: {approvedPath}. Review its diff, then run the tests again without APPROVE=1.");
        }

        Assert.True(approved is not null, $"No approved file {approvedPath}; run the tests with APPROVE=1 to create it, then review it.");
        Assert.Equal(approved, actual);
    }
}
