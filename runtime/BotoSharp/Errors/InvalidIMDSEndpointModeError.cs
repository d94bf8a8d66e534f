namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidIMDSEndpointModeError</c>: Invalid EC2 Instance Metadata endpoint mode: mode Valid endpoint modes (case-insensitive): valid_modes.</summary>
public class InvalidIMDSEndpointModeError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidIMDSEndpointModeError(string? mode, string? validModes, Exception? innerException = null)
        : base($"Invalid EC2 Instance Metadata endpoint mode: {mode} Valid endpoint modes (case-insensitive): {validModes}.", new (string, object?)[] { ("mode", mode), ("valid_modes", validModes) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidIMDSEndpointModeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>mode</c> value of the error.</summary>
    public string? Mode => Kwargs.TryGetValue("mode", out var v) ? v as string : null;

    /// <summary>The <c>valid_modes</c> value of the error.</summary>
    public string? ValidModes => Kwargs.TryGetValue("valid_modes", out var v) ? v as string : null;
}
