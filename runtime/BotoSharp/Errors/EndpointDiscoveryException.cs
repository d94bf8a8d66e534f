namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointDiscoveryException</c>: the base of endpoint-discovery failures.</summary>
public class EndpointDiscoveryException : BotoCoreError
{
    /// <summary>For subclasses that format their own message.</summary>
    protected EndpointDiscoveryException(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
