namespace Generator.BrowserTests.Support;

/// <summary>File-system set-up shared by the browser tests' sites.</summary>
public static class Folders
{
    /// <summary>Copies <paramref name="source"/> with every file and subfolder into <paramref name="target"/>, which is created.</summary>
    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
