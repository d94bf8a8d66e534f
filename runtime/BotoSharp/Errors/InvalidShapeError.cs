namespace BotoSharp.Errors;

/// <summary>botocore.model's <c>InvalidShapeError</c>: a shape definition is malformed (e.g. it has no <c>type</c>).</summary>
public class InvalidShapeError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public InvalidShapeError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidShapeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
