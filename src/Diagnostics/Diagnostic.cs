namespace Generator.Diagnostics;

public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    /// <summary>The one printed form: <c>path(line,col): error CODE: message</c>, understood by editors and CI.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Location is null
            ? $"generator: {severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message}";
    }
}
