using Generator.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Generator.Writing;

/// <summary>
/// Keeps two builds from writing one output folder at once. The lock is a file beside the output
/// (<c>.output.lock</c> for <c>output</c>), locked exclusively with <c>flock</c> (on Windows, opened without
/// sharing). The operating system releases the lock when the build ends in any way, a kill included, so a
/// stale lock file never blocks a later build; the file itself stays, empty, because deleting a lock file
/// that another build may just have opened would let a third one in.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly SafeFileHandle handle;

    private OutputLock(SafeFileHandle handle) => this.handle = handle;

    /// <summary>The lock file's path for an output folder: beside it (or beside where its link leads), named after it.</summary>
    public static string PathFor(string outputFolder)
    {
        var output = SiteWriter.FolderOf(outputFolder);
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".{Path.GetFileName(output)}.lock");
    }

    /// <summary>
    /// Takes the lock for <paramref name="outputFolder"/>, creating its parent folder when needed. Returns null,
    /// with an error in <paramref name="diagnostics"/>, when another build holds it or the lock file cannot be made.
    /// </summary>
    /// <param name="shown">The output folder as messages show it (<see cref="ShownPath"/>); <paramref name="outputFolder"/> when null.</param>
    public static OutputLock? TryTake(string outputFolder, DiagnosticBag diagnostics, string? shown = null)
    {
        shown ??= outputFolder;
        var path = PathFor(outputFolder);
        SafeFileHandle? handle = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var share = OperatingSystem.IsWindows() ? FileShare.None : FileShare.ReadWrite;
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, share);
            if (OperatingSystem.IsWindows() || NativeFiles.TryLockExclusive(handle, out _))
            {
                return new OutputLock(handle);
            }

            handle.Dispose();
            Busy(shown, diagnostics);
            return null;
        }
        catch (IOException e) when (OperatingSystem.IsWindows() && File.Exists(path) && e.HResult == unchecked((int)0x80070020))
        {
            handle?.Dispose();
            Busy(shown, diagnostics);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            handle?.Dispose();
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, null,
                $"The site could not be written to '{shown}': the lock file '{Path.GetFileName(path)}' beside it could not be made: {e.Message}");
            return null;
        }
    }

    public void Dispose() => handle.Dispose();

    private static void Busy(string outputFolder, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.OutputBusy, null,
            $"Another build is writing to '{outputFolder}' right now. Wait until it has finished and build again; "
            + "two builds into one folder at once could mix their pages.");
}
