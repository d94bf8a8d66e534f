namespace BotoSharp.Errors;

/// <summary>botocore's <c>HTTPClientError</c>: An HTTP Client raised an unhandled exception: error</summary>
public class HTTPClientError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public HTTPClientError(string? error, Exception? innerException = null)
        : base($"An HTTP Client raised an unhandled exception: {error}", new (string, object?)[] { ("error", error) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected HTTPClientError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error</c> value of the error.</summary>
    public string? Error => Kwargs.TryGetValue("error", out var v) ? v as string : null;
}
