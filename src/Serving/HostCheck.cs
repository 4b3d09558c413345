namespace Generator.Serving;

/// <summary>
/// Which <c>Host</c> headers the preview answers: only the loopback names with its own port. Any other name could be a
/// DNS-rebinding page in the editor's browser reading the preview (drafts included), so it gets 421 and nothing else.
/// </summary>
public static class HostCheck
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>
    /// True when <paramref name="host"/> (the header's value, may be null or empty) is 127.0.0.1, localhost or [::1],
    /// without a port or with <paramref name="port"/>; names compare without regard to case.
    /// </summary>
    public static bool IsAllowed(string? host, int port)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        foreach (var name in LoopbackNames)
        {
            if (string.Equals(host, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(host, $"{name}:{port}", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plain-text answer to a refused host.</summary>
    public static string Refusal(int port) =>
        $"This preview answers only to 127.0.0.1:{port}, localhost:{port} or [::1]:{port}. Open http://127.0.0.1:{port}/ instead.\n";
}
