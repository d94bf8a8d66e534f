namespace BotoSharp.Errors;

/// <summary>botocore's <c>MissingDependencyException</c>: Missing Dependency: msg</summary>
public class MissingDependencyException : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public MissingDependencyException(string? msg, Exception? innerException = null)
        : base($"Missing Dependency: {msg}", new (string, object?)[] { ("msg", msg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected MissingDependencyException(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>msg</c> value of the error.</summary>
    public string? Msg => Kwargs.TryGetValue("msg", out var v) ? v as string : null;
}
