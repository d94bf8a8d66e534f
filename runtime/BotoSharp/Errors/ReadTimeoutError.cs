namespace BotoSharp.Errors;

/// <summary>botocore's <c>ReadTimeoutError</c>: Read timeout on endpoint URL: "endpoint_url"</summary>
public class ReadTimeoutError : HTTPClientError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ReadTimeoutError(string? endpointUrl, Exception? innerException = null)
        : base($"Read timeout on endpoint URL: \"{endpointUrl}\"", new (string, object?)[] { ("endpoint_url", endpointUrl) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ReadTimeoutError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>endpoint_url</c> value of the error.</summary>
    public string? EndpointUrl => Kwargs.TryGetValue("endpoint_url", out var v) ? v as string : null;
}
