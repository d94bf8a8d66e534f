namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownFIPSEndpointError</c>: The provided FIPS pseudo-region "region_name" is not known for the service "service_name". A FIPS compliant endpoint cannot be constructed.</summary>
public class UnknownFIPSEndpointError : BaseEndpointResolverError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownFIPSEndpointError(string? regionName, string? serviceName, Exception? innerException = null)
        : base($"The provided FIPS pseudo-region \"{regionName}\" is not known for the service \"{serviceName}\". A FIPS compliant endpoint cannot be constructed.", new (string, object?)[] { ("region_name", regionName), ("service_name", serviceName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownFIPSEndpointError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>region_name</c> value of the error.</summary>
    public string? RegionName => Kwargs.TryGetValue("region_name", out var v) ? v as string : null;

    /// <summary>The <c>service_name</c> value of the error.</summary>
    public string? ServiceName => Kwargs.TryGetValue("service_name", out var v) ? v as string : null;
}
