namespace Generator.Writing;

/// <summary>
/// The real place a path leads to: every symbolic link in it followed, at any level and to the end (a link to a link),
/// with a '..' inside a link's target taken from where the link leads, as the operating system does. Unlike
/// <c>realpath(3)</c>, the path need not exist: the part after the last existing folder is kept as written, so the
/// folder a first build will make is judged where it will be.
/// </summary>
public static class RealPath
{
    /// <summary>Links followed before a path counts as a loop (Linux's own limit).</summary>
    public const int MaxLinks = 40;

    /// <summary>
    /// <paramref name="path"/> (absolute) with every link followed: a full path without a trailing separator. Null when
    /// the links form a loop or chain more than <see cref="MaxLinks"/> times, so no real place can be named.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is relative (a bug).</exception>
    public static string? Of(string path)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            throw new ArgumentException($"The path must be absolute, not '{path}'.", nameof(path));
        }

        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Names(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var name))
        {
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, name);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
            }

            foreach (var part in Names(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return current;
    }

    // The names of a path's parts, without '.' and empty ones ('a//b', a trailing '/'); '..' is kept for the walk.
    private static IEnumerable<string> Names(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n != "." && !(Path.IsPathRooted(n) && n == Path.GetPathRoot(n)));

    // What a link holds, or null for anything else (a file, a folder, nothing, a part that cannot be read).
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
