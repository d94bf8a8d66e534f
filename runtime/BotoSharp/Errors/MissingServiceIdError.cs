namespace BotoSharp.Errors;

/// <summary>botocore's <c>MissingServiceIdError</c>: the model has no <c>metadata.serviceId</c>.</summary>
public class MissingServiceIdError : UndefinedModelAttributeError
{
    /// <summary>Creates the error for a service name.</summary>
    public MissingServiceIdError(string? serviceName, Exception? innerException = null)
        : base($"The model being used for the service {serviceName} is missing the serviceId metadata property, which is required.",
            new (string, object?)[] { ("service_name", serviceName) }, innerException)
    {
    }

    /// <summary>The <c>service_name</c> value of the error.</summary>
    public string? ServiceName => Kwargs.TryGetValue("service_name", out var v) ? v as string : null;
}
