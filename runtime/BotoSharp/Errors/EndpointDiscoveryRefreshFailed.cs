namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointDiscoveryRefreshFailed</c>: Endpoint Discovery failed to refresh the required endpoints.</summary>
public class EndpointDiscoveryRefreshFailed : EndpointDiscoveryException
{
    /// <summary>Creates the error.</summary>
    public EndpointDiscoveryRefreshFailed(Exception? innerException = null)
        : base("Endpoint Discovery failed to refresh the required endpoints.", Array.Empty<(string, object?)>(), innerException)
    {
    }
}
