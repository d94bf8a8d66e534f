namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownServiceError</c>: Unknown service: 'service_name'. Valid service names are: known_service_names</summary>
public class UnknownServiceError : DataNotFoundError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownServiceError(string? serviceName, string? knownServiceNames, Exception? innerException = null)
        : base($"Unknown service: '{serviceName}'. Valid service names are: {knownServiceNames}", new (string, object?)[] { ("service_name", serviceName), ("known_service_names", knownServiceNames) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownServiceError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>service_name</c> value of the error.</summary>
    public string? ServiceName => Kwargs.TryGetValue("service_name", out var v) ? v as string : null;

    /// <summary>The <c>known_service_names</c> value of the error.</summary>
    public string? KnownServiceNames => Kwargs.TryGetValue("known_service_names", out var v) ? v as string : null;
}
