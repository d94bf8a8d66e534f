namespace BotoSharp.Errors;

/// <summary>botocore's <c>SSLError</c>: SSL validation failed for endpoint_url error</summary>
public class SSLError : ConnectionError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public SSLError(string? endpointUrl, string? error, Exception? innerException = null)
        : base($"SSL validation failed for {endpointUrl} {error}", new (string, object?)[] { ("endpoint_url", endpointUrl), ("error", error) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected SSLError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint_url</c> value of the error.</summary>
    public string? EndpointUrl => Kwargs.TryGetValue("endpoint_url", out var v) ? v as string : null;
}
