namespace Generator.Writing;

/// <summary>
/// Puts a complete staging folder in the place of the output folder in one step. On Linux (kernel 3.15 or later,
/// on ext4, XFS, Btrfs, tmpfs and most local file systems) and macOS the two folders are exchanged atomically:
/// at every moment the output's name refers to the whole old folder or the whole new one, and afterwards the
/// staging folder's name refers to the old site. Elsewhere (Windows), and where the file system cannot exchange
/// (some network and FUSE file systems), the old folder is renamed aside, the new one renamed into place and the
/// old one renamed to the staging folder's name: between the first two renames, a few microseconds apart, the
/// output's name is missing, but it never names a mix of the two sites.
/// </summary>
internal static class FolderSwap
{
    /// <summary>
    /// Swaps <paramref name="staging"/> into <paramref name="output"/>. A first build (no output yet) is one
    /// rename. Throws <see cref="IOException"/> when nothing was changed, and <see cref="OutputMissingException"/>
    /// in the one case, of the two-rename way only, that leaves no output folder.
    /// </summary>
    /// <param name="aside">Where the two-rename way moves the old site meanwhile.</param>
    /// <param name="exchange">False to take the two-rename way even where an exchange is possible (for tests).</param>
    internal static void Swap(string staging, string output, string aside, bool exchange = true)
    {
        if (!Directory.Exists(output))
        {
            // A first build: one rename, which fails rather than replace something that appeared meanwhile.
            Directory.Move(staging, output);
            return;
        }

        var errno = 38;
        if (exchange && NativeFiles.TryExchange(staging, output, out errno))
        {
            return;
        }

        if (NativeFiles.IsMountPoint(errno))
        {
            throw new IOException(
                $"'{output}' is a mount point, or on another file system than the folder around it, so it cannot be replaced in one step. "
                + "Build into a folder inside it instead (such as --output output/site).");
        }

        if (!NativeFiles.IsUnsupported(errno))
        {
            throw new IOException($"'{output}' could not be exchanged with the new site (errno {errno}).");
        }

        Directory.Move(output, aside);
        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                Directory.Move(aside, output);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                throw new OutputMissingException(aside, again);
            }

            throw;
        }

        try
        {
            Directory.Move(aside, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new site is in place; the next build sweeps the old one.
        }
    }
}

/// <summary>The output folder was moved aside and could not be put back; <see cref="Aside"/> holds the old site.</summary>
internal sealed class OutputMissingException(string aside, Exception inner)
    : IOException($"the previous site was moved to '{aside}' and could not be moved back: {inner.Message}", inner)
{
    public string Aside { get; } = aside;
}
