namespace Generator.BrowserTests.Support;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where screenshots go, for CI to keep as artifacts: $ARTIFACTS_DIR, or artifacts/ in the repository.</summary>
    public static string Artifacts =>
        Environment.GetEnvironmentVariable("ARTIFACTS_DIR") is { Length: > 0 } folder ? folder : Path.Combine(Root, "artifacts");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generator.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Generator.csproj not found above " + AppContext.BaseDirectory);
    }
}
