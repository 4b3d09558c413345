namespace Generator.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
