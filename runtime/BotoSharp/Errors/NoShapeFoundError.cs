namespace BotoSharp.Errors;

/// <summary>botocore.model's <c>NoShapeFoundError</c>: a shape reference names a shape the model does not define; the message is the shape name.</summary>
public class NoShapeFoundError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public NoShapeFoundError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected NoShapeFoundError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
