namespace Generator.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests use the real input/ and theme/.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The text layer of the IND's printed Jaaroverzicht 2022, the reference for the content, kept with the fixtures.</summary>
    public static string Source => Path.Combine(Fixtures, "source", "jaaroverzicht-2022.txt");

    public static string Fixtures => Path.Combine(Root, "tests", "Generator.Tests", "Fixtures");

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
