namespace Generator.Diagnostics;

/// <summary>
/// Collects the problems of one build. Stages report and carry on, so one run shows every problem.
/// Thread-safe, because pages are rendered in parallel.
/// </summary>
/// <param name="warningsAsErrors">Strict mode, for CI: every warning is recorded as an error.</param>
public sealed class DiagnosticBag(bool warningsAsErrors = false)
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    public void Error(string code, SourceLocation? location, string message) =>
        Add(new Diagnostic(Severity.Error, code, message, location));

    public void Warning(string code, SourceLocation? location, string message) =>
        Add(new Diagnostic(Severity.Warning, code, message, location));

    /// <summary>An error whose interpolated message is formatted culture-independently (see <see cref="InvariantText"/>).</summary>
    public void Error(string code, SourceLocation? location, ref InvariantText message) =>
        Error(code, location, message.ToStringAndClear());

    /// <summary>A warning whose interpolated message is formatted culture-independently (see <see cref="InvariantText"/>).</summary>
    public void Warning(string code, SourceLocation? location, ref InvariantText message) =>
        Warning(code, location, message.ToStringAndClear());

    public void Add(Diagnostic diagnostic)
    {
        if (warningsAsErrors && diagnostic.Severity == Severity.Warning)
        {
            diagnostic = diagnostic with { Severity = Severity.Error };
        }

        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>All diagnostics in a stable order (by file, line, column, then code), each once.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            // Pages rendered in parallel can meet the same template error: it is reported once.
            return [.. _items.Distinct()
                .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
