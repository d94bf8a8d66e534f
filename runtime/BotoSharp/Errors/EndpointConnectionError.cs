namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointConnectionError</c>: Could not connect to the endpoint URL: "endpoint_url"</summary>
public class EndpointConnectionError : ConnectionError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public EndpointConnectionError(string? endpointUrl, Exception? innerException = null)
        : base($"Could not connect to the endpoint URL: \"{endpointUrl}\"", new (string, object?)[] { ("endpoint_url", endpointUrl) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected EndpointConnectionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint_url</c> value of the error.</summary>
    public string? EndpointUrl => Kwargs.TryGetValue("endpoint_url", out var v) ? v as string : null;
}
