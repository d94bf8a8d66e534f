namespace BotoSharp.Errors;

/// <summary>botocore.model's <c>OperationNotFoundError</c>: the model has no operation of that name; the message is the name.</summary>
public class OperationNotFoundError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public OperationNotFoundError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected OperationNotFoundError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
