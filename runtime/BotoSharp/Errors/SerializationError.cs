namespace BotoSharp.Errors;

/// <summary>A parameter value could not be serialized for the wire (botocore raises a plain <c>TypeError</c>/<c>ValueError</c> here).</summary>
public class SerializationError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public SerializationError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected SerializationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
