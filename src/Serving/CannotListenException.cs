namespace Generator.Serving;

/// <summary>The preview could not bind its address (usually: the port is in use). Nothing else may claim that.</summary>
public sealed class CannotListenException(string message, Exception inner) : Exception(message, inner);
