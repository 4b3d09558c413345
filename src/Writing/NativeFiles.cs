using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Generator.Writing;

/// <summary>
/// The few POSIX calls that .NET does not offer: an atomic exchange of two folders, hard links, an advisory
/// lock, and flushing a file system or a folder to disk. Each returns false (with the errno) rather than throw,
/// so the caller decides what a failure means.
/// </summary>
internal static partial class NativeFiles
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;   // Linux renameat2
    private const uint RenameSwap = 2;       // macOS renamex_np
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    // O_DIRECTORY differs between Linux architectures: 040000 (octal) on Arm and Arm64, 0200000 on x86, x64 and the generic ABI.
    private static readonly int OpenReadOnlyDirectory =
        RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 ? 0x4000 : 0x10000;

    /// <summary>ENOSYS, EINVAL, ENOTSUP (Linux 95, macOS 45): the file system or the kernel cannot exchange two folders.</summary>
    internal static bool IsUnsupported(int errno) => errno is 38 or 22 or 95 or 45;

    /// <summary>EBUSY, EXDEV: one of the two folders is a mount point, or they lie on different file systems.</summary>
    internal static bool IsMountPoint(int errno) => errno is 16 or 18;

    /// <summary>
    /// Swaps two existing folders in one step: afterwards <paramref name="a"/> names what <paramref name="b"/>
    /// named and the other way round, and no moment exists at which either name is missing. Linux
    /// (<c>renameat2</c> with RENAME_EXCHANGE, since 3.15) and macOS (<c>renamex_np</c> with RENAME_SWAP) only.
    /// </summary>
    internal static bool TryExchange(string a, string b, out int errno)
    {
        int result;
        if (OperatingSystem.IsLinux())
        {
            result = RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange);
        }
        else if (OperatingSystem.IsMacOS())
        {
            result = RenameXNp(a, b, RenameSwap);
        }
        else
        {
            errno = 38;
            return false;
        }

        errno = result == 0 ? 0 : Marshal.GetLastPInvokeError();
        return result == 0;
    }

    /// <summary>Makes <paramref name="link"/> a second name for the file <paramref name="existing"/> (Unix only).</summary>
    internal static bool TryHardLink(string existing, string link) => !OperatingSystem.IsWindows() && Link(existing, link) == 0;

    /// <summary>
    /// Takes an exclusive advisory lock on an open file without waiting. The kernel releases it when the file is
    /// closed or the process ends, however it ends (kill -9 included).
    /// </summary>
    internal static bool TryLockExclusive(SafeHandle file, out int errno)
    {
        var result = Flock((int)file.DangerousGetHandle(), LockExclusive | LockNonBlocking);
        errno = result == 0 ? 0 : Marshal.GetLastPInvokeError();
        return result == 0;
    }

    /// <summary>
    /// Opens a folder to flush it to disk (<see cref="TryFlushFileSystem"/>, <see cref="FlushFolder"/>); null on
    /// Windows, where folders are not flushed. Throws <see cref="IOException"/> when it cannot be opened.
    /// </summary>
    internal static SafeFileHandle? OpenFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var fd = Open(folder, OperatingSystem.IsLinux() ? OpenReadOnlyDirectory : 0);
        return fd >= 0
            ? new SafeFileHandle(fd, ownsHandle: true)
            : throw new IOException($"'{folder}' could not be opened to flush it to disk (errno {Marshal.GetLastPInvokeError()}).");
    }

    /// <summary>
    /// Writes to disk everything written to the file system that holds the open <paramref name="folder"/> and waits
    /// until it is there (Linux <c>syncfs</c>: one call for all the files of a build; it also reports a failed write
    /// to disk of any file of that file system since the folder was opened, Linux 5.8 and later), or just the folder's
    /// own entries elsewhere (<c>fsync</c>).
    /// </summary>
    internal static bool TryFlushFileSystem(SafeHandle folder, out int errno)
    {
        var fd = (int)folder.DangerousGetHandle();
        var result = OperatingSystem.IsLinux() ? SyncFs(fd) : FSync(fd);
        errno = result == 0 ? 0 : Marshal.GetLastPInvokeError();
        return result == 0;
    }

    /// <summary>Flushes a folder's entries (names added, removed or exchanged in it) to disk.</summary>
    internal static void FlushFolder(string folder)
    {
        using var handle = OpenFolder(folder);
        if (handle is not null && FSync((int)handle.DangerousGetHandle()) != 0)
        {
            throw new IOException($"'{folder}' could not be flushed to disk (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "renamex_np", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameXNp(string from, string to, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FSync(int fd);

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int fd);
}
