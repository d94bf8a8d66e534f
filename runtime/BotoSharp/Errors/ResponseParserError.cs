namespace BotoSharp.Errors;

/// <summary>botocore.parsers' <c>ResponseParserError</c>: a response body could not be parsed against its shape.</summary>
public class ResponseParserError : BotoCoreError
{
    /// <summary>Creates the error with its message.</summary>
    public ResponseParserError(string message, Exception? innerException = null)
        : base(message, new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ResponseParserError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
