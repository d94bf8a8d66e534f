namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidProxiesConfigError</c>: Invalid configuration value(s) provided for proxies_config.</summary>
public class InvalidProxiesConfigError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidProxiesConfigError(Exception? innerException = null)
        : base("Invalid configuration value(s) provided for proxies_config.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidProxiesConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
