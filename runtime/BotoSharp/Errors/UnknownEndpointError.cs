namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownEndpointError</c>: Unable to construct an endpoint for service_name in region region_name</summary>
public class UnknownEndpointError : BaseEndpointResolverError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownEndpointError(string? serviceName, string? regionName, Exception? innerException = null)
        : base($"Unable to construct an endpoint for {serviceName} in region {regionName}", new (string, object?)[] { ("service_name", serviceName), ("region_name", regionName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownEndpointError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>service_name</c> value of the error.</summary>
    public string? ServiceName => Kwargs.TryGetValue("service_name", out var v) ? v as string : null;

    /// <summary>The <c>region_name</c> value of the error.</summary>
    public string? RegionName => Kwargs.TryGetValue("region_name", out var v) ? v as string : null;
}
