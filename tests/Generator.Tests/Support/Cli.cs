using System.Diagnostics;

namespace Generator.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the command-line program in a chosen working folder: as a real process, or in this process (<see cref="RunIn"/>).</summary>
public static class Cli
{
    private static readonly string GeneratorDll = Path.Combine(AppContext.BaseDirectory, "Generator.dll");

    /// <summary>One turn at a time for the process's working folder: <see cref="RunIn"/> moves it.</summary>
    private static readonly SemaphoreSlim WorkingFolderTurn = new(1, 1);

    /// <summary>
    /// The working folder of the test process, read before any <see cref="RunIn"/> could move it. A relative path that a
    /// <see cref="RunInProcess"/> printed is resolved against this, never against <see cref="Environment.CurrentDirectory"/>,
    /// which another test's <see cref="RunIn"/> may have moved by the time the path is read.
    /// </summary>
    public static string StartFolder { get; } = Environment.CurrentDirectory;

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

    /// <summary>Runs <see cref="Program.Run"/> in this process with captured output, in the test's working folder.</summary>
    public static CliResult RunInProcess(params string[] args)
    {
        WorkingFolderTurn.Wait();
        try
        {
            return RunProgram(args);
        }
        finally
        {
            WorkingFolderTurn.Release();
        }
    }

    /// <summary>
    /// Runs <see cref="Program.Run"/> in this process, as <see cref="Run(string, string[])"/> runs the program in
    /// <paramref name="workingFolder"/>: the same output, errors and exit code, without a process start (about a
    /// second of start-up and JIT per run). The working folder is the process's, so these runs take turns and the
    /// folder is restored afterwards; nothing else in the tests may read it meanwhile: every test builds with absolute
    /// folders and a display root (the preview server pins its folders and content root itself). Use
    /// <see cref="Run(string, string[])"/> where the test needs the real process: environment variables, signals, a
    /// kill, the exit of the process itself.
    /// </summary>
    public static CliResult RunIn(string workingFolder, params string[] args)
    {
        WorkingFolderTurn.Wait();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = workingFolder;
            return RunProgram(args);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            WorkingFolderTurn.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> with the process's working folder moved to <paramref name="workingFolder"/>, in
    /// turn with <see cref="RunIn"/>, and restores it afterwards: for a test that shows code does not depend on it.
    /// </summary>
    public static async Task<T> InWorkingFolderAsync<T>(string workingFolder, Func<Task<T>> action)
    {
        await WorkingFolderTurn.WaitAsync();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = workingFolder;
            return await action();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            WorkingFolderTurn.Release();
        }
    }

    private static CliResult RunProgram(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
