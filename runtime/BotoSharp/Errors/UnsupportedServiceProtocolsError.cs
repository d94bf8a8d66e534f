namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedServiceProtocolsError</c>: Botocore supports botocore_supported_protocols, but service service only supports service_supported_protocols.</summary>
public class UnsupportedServiceProtocolsError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedServiceProtocolsError(string? botocoreSupportedProtocols, string? service, string? serviceSupportedProtocols, Exception? innerException = null)
        : base($"Botocore supports {botocoreSupportedProtocols}, but service {service} only supports {serviceSupportedProtocols}.", new (string, object?)[] { ("botocore_supported_protocols", botocoreSupportedProtocols), ("service", service), ("service_supported_protocols", serviceSupportedProtocols) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedServiceProtocolsError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>botocore_supported_protocols</c> value of the error.</summary>
    public string? BotocoreSupportedProtocols => Kwargs.TryGetValue("botocore_supported_protocols", out var v) ? v as string : null;

    /// <summary>The <c>service</c> value of the error.</summary>
    public string? Service => Kwargs.TryGetValue("service", out var v) ? v as string : null;

    /// <summary>The <c>service_supported_protocols</c> value of the error.</summary>
    public string? ServiceSupportedProtocols => Kwargs.TryGetValue("service_supported_protocols", out var v) ? v as string : null;
}
