namespace BotoSharp.Errors;

/// <summary>botocore's <c>UndefinedModelAttributeError</c>: a required metadata key is missing from the model.</summary>
public class UndefinedModelAttributeError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public UndefinedModelAttributeError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UndefinedModelAttributeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
