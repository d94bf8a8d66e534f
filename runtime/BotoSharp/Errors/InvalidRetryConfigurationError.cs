namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidRetryConfigurationError</c>: Cannot provide retry configuration for "retry_config_option". Valid retry configuration options are: valid_options</summary>
public class InvalidRetryConfigurationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidRetryConfigurationError(string? retryConfigOption, string? validOptions, Exception? innerException = null)
        : base($"Cannot provide retry configuration for \"{retryConfigOption}\". Valid retry configuration options are: {validOptions}", new (string, object?)[] { ("retry_config_option", retryConfigOption), ("valid_options", validOptions) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidRetryConfigurationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>retry_config_option</c> value of the error.</summary>
    public string? RetryConfigOption => Kwargs.TryGetValue("retry_config_option", out var v) ? v as string : null;

    /// <summary>The <c>valid_options</c> value of the error.</summary>
    public string? ValidOptions => Kwargs.TryGetValue("valid_options", out var v) ? v as string : null;
}
