namespace Generator.Tests.Support;

/// <summary>The real report, built once for the tests that only read its output.</summary>
public sealed class BuiltReport : IDisposable
{
    public BuiltReport()
    {
        Site = TestSite.CopyOfRealReport();
        Result = Site.Build();
    }

    public TestSite Site { get; }

    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}
