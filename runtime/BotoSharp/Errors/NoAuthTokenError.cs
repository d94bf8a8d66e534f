namespace BotoSharp.Errors;

/// <summary>botocore's <c>NoAuthTokenError</c>: Unable to locate authorization token</summary>
public class NoAuthTokenError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public NoAuthTokenError(Exception? innerException = null)
        : base("Unable to locate authorization token", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected NoAuthTokenError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
