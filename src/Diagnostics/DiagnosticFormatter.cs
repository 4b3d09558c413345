namespace Generator.Diagnostics;

public static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, LogFormat format) =>
        format == LogFormat.GitHub ? GitHubAnnotation(diagnostic) : diagnostic.ToString();

    /// <summary><c>::error file=…,line=…,col=…,title=CODE::message</c>, escaped as the workflow-command syntax requires.</summary>
    public static string GitHubAnnotation(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var properties = diagnostic.Location is { } at
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file={Property(at.Path)},line={at.Line},col={at.Column},title={Property(diagnostic.Code)}")
            : $"title={Property(diagnostic.Code)}";
        return $"::{command} {properties}::{Data(diagnostic.Message)}";
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
