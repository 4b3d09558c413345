using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Generator.Diagnostics;

namespace Generator.Tests.Support;

/// <summary>A whole site in a temporary folder: a copy of the real report (or of a fixture) that a test may change.</summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>The folder of the site's one year (input/2022 for the real report); fails when the site has not exactly one.</summary>
    public string Year => Directory.EnumerateDirectories(Input).Single(d => Generator.Reading.YearFolders.Year(Path.GetFileName(d)) is not null);

    /// <summary>The name of the site's one year, like "2022".</summary>
    public string YearName => Path.GetFileName(Year);

    /// <summary>The year's report page in the output, relative to it: "2022/index.html".</summary>
    public string ReportPage => YearName + "/index.html";

    /// <summary>A copy of the repository's input/ and theme/.</summary>
    public static TestSite CopyOfRealReport()
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("report-test-").FullName);
        CopyFolder(RepositoryPaths.Input, site.Input);
        CopyFolder(RepositoryPaths.Theme, site.Theme);
        return site;
    }

    /// <summary>A copy of a fixture's input/ with the real theme (unless the fixture has its own).</summary>
    public static TestSite FromFixture(string name)
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("report-fixture-").FullName);
        var fixture = Path.Combine(RepositoryPaths.Fixtures, name);
        CopyFolder(Path.Combine(fixture, "input"), site.Input);
        CopyFolder(Directory.Exists(Path.Combine(fixture, "theme")) ? Path.Combine(fixture, "theme") : RepositoryPaths.Theme, site.Theme);
        return site;
    }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void WriteBytes(string relativePath, byte[] content) => File.WriteAllBytes(Path.Combine(Root, relativePath), content);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Replaces the first occurrence of a text in a file of the site; fails when the text is not there.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var content = Read(relativePath);
        var at = content.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relativePath}");
        }

        Write(relativePath, string.Concat(content.AsSpan(0, at), newText, content.AsSpan(at + oldText.Length)));
    }

    /// <summary>Runs the command line in this site's folder, in this process (<see cref="Cli.RunIn"/>): <c>site.Run("build", "--strict")</c>.</summary>
    public CliResult Run(params string[] args) => Cli.RunIn(Root, args);

    /// <summary>Runs the command line as a real process in this site's folder (<see cref="Cli.Run(string, string[])"/>).</summary>
    public CliResult RunProcess(params string[] args) => Cli.Run(Root, args);

    public BuildResult Build(string? output = null) =>
        SiteBuilder.Build(new BuildOptions(Input, Theme, output ?? Output, Root));

    /// <summary>Builds and fails the test with every diagnostic when the build has errors.</summary>
    public BuildResult BuildSuccessfully()
    {
        var result = Build();
        Assert.True(!result.HasErrors && result.Written, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>A page of the output, parsed; by default the one year's report page (not the overview at the root).</summary>
    public IHtmlDocument Page(string? relativePath = null) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relativePath ?? ReportPage)));

    public IReadOnlyList<string> OutputFiles() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every output file with the hash of its bytes: to prove output unchanged or identical.</summary>
    public IReadOnlyDictionary<string, string> OutputFingerprint(string? folder = null) => FingerprintOf(folder ?? Output);

    /// <summary>Every file under <paramref name="root"/> (by path with '/') with the hash of its bytes.</summary>
    public static IReadOnlyDictionary<string, string> FingerprintOf(string root)
    {
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
