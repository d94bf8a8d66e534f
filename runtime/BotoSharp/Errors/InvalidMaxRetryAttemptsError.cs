namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidMaxRetryAttemptsError</c>: Value provided to "max_attempts": provided_max_attempts must be an integer greater than or equal to min_value.</summary>
public class InvalidMaxRetryAttemptsError : InvalidRetryConfigurationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidMaxRetryAttemptsError(string? providedMaxAttempts, string? minValue, Exception? innerException = null)
        : base($"Value provided to \"max_attempts\": {providedMaxAttempts} must be an integer greater than or equal to {minValue}.", new (string, object?)[] { ("provided_max_attempts", providedMaxAttempts), ("min_value", minValue) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidMaxRetryAttemptsError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>provided_max_attempts</c> value of the error.</summary>
    public string? ProvidedMaxAttempts => Kwargs.TryGetValue("provided_max_attempts", out var v) ? v as string : null;

    /// <summary>The <c>min_value</c> value of the error.</summary>
    public string? MinValue => Kwargs.TryGetValue("min_value", out var v) ? v as string : null;
}
