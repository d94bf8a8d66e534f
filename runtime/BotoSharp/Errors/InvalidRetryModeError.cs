namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidRetryModeError</c>: Invalid value provided to "mode": "provided_retry_mode" must be one of: valid_modes</summary>
public class InvalidRetryModeError : InvalidRetryConfigurationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidRetryModeError(string? providedRetryMode, string? validModes, Exception? innerException = null)
        : base($"Invalid value provided to \"mode\": \"{providedRetryMode}\" must be one of: {validModes}", new (string, object?)[] { ("provided_retry_mode", providedRetryMode), ("valid_modes", validModes) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidRetryModeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>provided_retry_mode</c> value of the error.</summary>
    public string? ProvidedRetryMode => Kwargs.TryGetValue("provided_retry_mode", out var v) ? v as string : null;

    /// <summary>The <c>valid_modes</c> value of the error.</summary>
    public string? ValidModes => Kwargs.TryGetValue("valid_modes", out var v) ? v as string : null;
}
