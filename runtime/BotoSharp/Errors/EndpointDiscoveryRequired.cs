namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointDiscoveryRequired</c>: Endpoint Discovery is not enabled but this operation requires it.</summary>
public class EndpointDiscoveryRequired : EndpointDiscoveryException
{
    /// <summary>Creates the error.</summary>
    public EndpointDiscoveryRequired(Exception? innerException = null)
        : base("Endpoint Discovery is not enabled but this operation requires it.", Array.Empty<(string, object?)>(), innerException)
    {
    }
}
