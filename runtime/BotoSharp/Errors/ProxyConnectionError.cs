namespace BotoSharp.Errors;

/// <summary>botocore's <c>ProxyConnectionError</c>: Failed to connect to proxy URL: "proxy_url"</summary>
public class ProxyConnectionError : ConnectionError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ProxyConnectionError(string? proxyUrl, Exception? innerException = null)
        : base($"Failed to connect to proxy URL: \"{proxyUrl}\"", new (string, object?)[] { ("proxy_url", proxyUrl) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ProxyConnectionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>proxy_url</c> value of the error.</summary>
    public string? ProxyUrl => Kwargs.TryGetValue("proxy_url", out var v) ? v as string : null;
}
