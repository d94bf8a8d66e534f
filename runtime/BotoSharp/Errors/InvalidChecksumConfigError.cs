namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidChecksumConfigError</c>: Unsupported configuration value for config_key. Expected one of valid_options but got config_value.</summary>
public class InvalidChecksumConfigError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidChecksumConfigError(string? configKey, string? validOptions, string? configValue, Exception? innerException = null)
        : base($"Unsupported configuration value for {configKey}. Expected one of {validOptions} but got {configValue}.", new (string, object?)[] { ("config_key", configKey), ("valid_options", validOptions), ("config_value", configValue) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidChecksumConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>config_key</c> value of the error.</summary>
    public string? ConfigKey => Kwargs.TryGetValue("config_key", out var v) ? v as string : null;

    /// <summary>The <c>valid_options</c> value of the error.</summary>
    public string? ValidOptions => Kwargs.TryGetValue("valid_options", out var v) ? v as string : null;

    /// <summary>The <c>config_value</c> value of the error.</summary>
    public string? ConfigValue => Kwargs.TryGetValue("config_value", out var v) ? v as string : null;
}
