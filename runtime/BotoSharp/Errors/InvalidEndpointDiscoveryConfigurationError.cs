namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidEndpointDiscoveryConfigurationError</c>: Unsupported configuration value for endpoint_discovery_enabled. Expected one of ("true", "false", "auto") but got config_value.</summary>
public class InvalidEndpointDiscoveryConfigurationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidEndpointDiscoveryConfigurationError(string? configValue, Exception? innerException = null)
        : base($"Unsupported configuration value for endpoint_discovery_enabled. Expected one of (\"true\", \"false\", \"auto\") but got {configValue}.", new (string, object?)[] { ("config_value", configValue) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidEndpointDiscoveryConfigurationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>config_value</c> value of the error.</summary>
    public string? ConfigValue => Kwargs.TryGetValue("config_value", out var v) ? v as string : null;
}
