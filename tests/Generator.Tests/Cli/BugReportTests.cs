namespace Generator.Tests.Cli;

/// <summary>A bug says so plainly; its stack trace comes only when asked for, so a bug report can have one.</summary>
public class BugReportTests
{
    [Fact]
    public void A_bug_prints_its_stack_trace_only_when_asked()
    {
        Exception bug;
        try
        {
            throw new InvalidOperationException("kapot");
        }
        catch (InvalidOperationException e)
        {
            bug = e;
        }

        using var plain = new StringWriter();
        Program.ReportBug(bug, plain, verbose: false);
        Assert.Contains("internal error: InvalidOperationException: kapot", plain.ToString(), StringComparison.Ordinal);
        Assert.Contains("--verbose", plain.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", plain.ToString(), StringComparison.Ordinal);

        using var verbose = new StringWriter();
        Program.ReportBug(bug, verbose, verbose: true);
        Assert.Contains(" at Generator.Tests.Cli.BugReportTests.", verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_is_asked_for_with_the_option_or_the_environment()
    {
        Assert.True(Program.Verbose(["build", "--verbose"]));
        Assert.Equal(Environment.GetEnvironmentVariable("GENERATOR_DEBUG") is "1" or "true", Program.Verbose(["build"]));
        var parsed = CommandLine.Create(Support.Cli.DefaultFolder, TextWriter.Null, TextWriter.Null).Parse(["check", "--verbose"]);
        Assert.Empty(parsed.Errors);
    }
}
