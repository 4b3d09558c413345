namespace Generator.Diagnostics;

/// <summary>How diagnostics are printed.</summary>
public enum LogFormat
{
    /// <summary><c>path(line,col): error CODE: message</c>, understood by editors and most CI systems.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, so problems show on the pull request's lines.</summary>
    GitHub,
}
