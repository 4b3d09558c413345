using System.Diagnostics;

namespace Generator.Tests.Support;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real command-line program, as a separate process in a chosen working folder.</summary>
public static class Cli
{
    private static readonly string GeneratorDll = Path.Combine(AppContext.BaseDirectory, "Generator.dll");

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
        lock (WorkingFolderLock)
        {
            return RunProgram(args);
        }
    }

    /// <summary>
    /// Runs <see cref="Program.Run"/> in this process, as <see cref="Run(string, string[])"/> runs the program in
    /// <paramref name="workingFolder"/>: the same output, errors and exit code, without a process start (about a
    /// second of start-up and JIT per run). The working folder is the process's, so these runs take turns (one lock)
    /// and the folder is restored afterwards; nothing else in the tests may depend on it (every test builds with
    /// absolute folders and a display root). Use <see cref="Run(string, string[])"/> where the test needs the real
    /// process: environment variables, signals, a kill, the exit of the process itself.
    /// </summary>
    public static CliResult RunIn(string workingFolder, params string[] args)
    {
        lock (WorkingFolderLock)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = workingFolder;
            try
            {
                return RunProgram(args);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }

    private static readonly Lock WorkingFolderLock = new();

    private static CliResult RunProgram(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
