namespace Generator.Tests.Support;

/// <summary>
/// Golden files: the test compares what it made with an approved file in the repository, so a reviewer sees in
/// the diff what a change alters. Run the tests with APPROVE=1 to rewrite the approved files on purpose.
/// </summary>
public static class Approvals
{
    private static bool Approving => Environment.GetEnvironmentVariable("APPROVE") == "1";

    public static void Verify(string approvedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Approving)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, actual);
            return;
        }

        Assert.True(File.Exists(approvedPath), $"No approved file {approvedPath}; run the tests with APPROVE=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(approvedPath), actual);
    }
}
