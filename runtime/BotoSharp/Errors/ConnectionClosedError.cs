namespace BotoSharp.Errors;

/// <summary>botocore's <c>ConnectionClosedError</c>: Connection was closed before we received a valid response from endpoint URL: "endpoint_url".</summary>
public class ConnectionClosedError : HTTPClientError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ConnectionClosedError(string? endpointUrl, Exception? innerException = null)
        : base($"Connection was closed before we received a valid response from endpoint URL: \"{endpointUrl}\".", new (string, object?)[] { ("endpoint_url", endpointUrl) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ConnectionClosedError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint_url</c> value of the error.</summary>
    public string? EndpointUrl => Kwargs.TryGetValue("endpoint_url", out var v) ? v as string : null;
}
