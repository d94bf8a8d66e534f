namespace BotoSharp.Errors;

/// <summary>botocore's <c>ResponseStreamingError</c>: An error occurred while reading from response stream: error</summary>
public class ResponseStreamingError : HTTPClientError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ResponseStreamingError(string? error, Exception? innerException = null)
        : base($"An error occurred while reading from response stream: {error}", new (string, object?)[] { ("error", error) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ResponseStreamingError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
