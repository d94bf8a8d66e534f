namespace BotoSharp.Errors;

/// <summary>botocore.model's <c>InvalidShapeReferenceError</c>: a member reference has no <c>shape</c> key.</summary>
public class InvalidShapeReferenceError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public InvalidShapeReferenceError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidShapeReferenceError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
