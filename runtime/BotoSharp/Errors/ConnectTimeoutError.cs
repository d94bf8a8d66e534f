namespace BotoSharp.Errors;

/// <summary>botocore's <c>ConnectTimeoutError</c>: Connect timeout on endpoint URL: "endpoint_url"</summary>
public class ConnectTimeoutError : ConnectionError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ConnectTimeoutError(string? endpointUrl, Exception? innerException = null)
        : base($"Connect timeout on endpoint URL: \"{endpointUrl}\"", new (string, object?)[] { ("endpoint_url", endpointUrl) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ConnectTimeoutError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint_url</c> value of the error.</summary>
    public string? EndpointUrl => Kwargs.TryGetValue("endpoint_url", out var v) ? v as string : null;
}
