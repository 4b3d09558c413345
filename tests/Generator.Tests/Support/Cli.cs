using System.Diagnostics;

namespace Generator.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the command-line program in a chosen working folder: as a real process, or in this process (<see cref="RunIn"/>).</summary>
public static class Cli
{
    private static readonly string GeneratorDll = Path.Combine(AppContext.BaseDirectory, "Generator.dll");

    /// <summary>
    /// The folder that <see cref="RunInProcess"/> runs in: the test binaries' folder, fixed and absolute (never read from
    /// the process's working folder). A relative path that such a run printed is resolved against it.
    /// </summary>
    public static string DefaultFolder { get; } = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    public static CliResult Run(string workingFolder, params string[] args) =>
        Run(workingFolder, new Dictionary<string, string>(), args);

    /// <summary>Runs the program with these environment variables set (culture, time zone, CHROMIUM…).</summary>
    public static CliResult Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(GeneratorDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The generator did not finish: " + string.Join(' ', args));
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs <see cref="Program.Run"/> in this process with captured output, in <see cref="DefaultFolder"/>: for
    /// commands that name every folder absolutely, or read none (--help).</summary>
    public static CliResult RunInProcess(params string[] args) => RunIn(DefaultFolder, args);

    /// <summary>
    /// Runs <see cref="Program.Run"/> in this process, as <see cref="Run(string, string[])"/> runs the program in
    /// <paramref name="workingFolder"/>: the same output, errors and exit code, without a process start (about a
    /// second of start-up and JIT per run). The working folder is an argument of <see cref="Program.Run"/>, not the
    /// process's, so runs in different folders may go at the same time. Use <see cref="Run(string, string[])"/> where
    /// the test needs the real process: environment variables, signals, a kill, the exit of the process itself.
    /// </summary>
    public static CliResult RunIn(string workingFolder, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, workingFolder, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
