namespace Generator.Images;

/// <summary>Why an image cannot be published: a diagnostic code and a message that names the file and says how to fix it.</summary>
public sealed record ImageProblem(string Code, string Message);
