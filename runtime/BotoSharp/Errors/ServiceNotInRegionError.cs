namespace BotoSharp.Errors;

/// <summary>botocore's <c>ServiceNotInRegionError</c>: Service service_name not available in region region_name</summary>
public class ServiceNotInRegionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ServiceNotInRegionError(string? serviceName, string? regionName, Exception? innerException = null)
        : base($"Service {serviceName} not available in region {regionName}", new (string, object?)[] { ("service_name", serviceName), ("region_name", regionName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ServiceNotInRegionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>service_name</c> value of the error.</summary>
    public string? ServiceName => Kwargs.TryGetValue("service_name", out var v) ? v as string : null;

    /// <summary>The <c>region_name</c> value of the error.</summary>
    public string? RegionName => Kwargs.TryGetValue("region_name", out var v) ? v as string : null;
}
