namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointResolutionError</c>: msg</summary>
public class EndpointResolutionError : EndpointProviderError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public EndpointResolutionError(string? msg, Exception? innerException = null)
        : base($"{msg}", new (string, object?)[] { ("msg", msg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected EndpointResolutionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
