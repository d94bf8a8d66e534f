namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidDefaultsMode</c>: Client configured with invalid defaults mode: mode. Valid defaults modes include: valid_modes.</summary>
public class InvalidDefaultsMode : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidDefaultsMode(string? mode, string? validModes, Exception? innerException = null)
        : base($"Client configured with invalid defaults mode: {mode}. Valid defaults modes include: {validModes}.", new (string, object?)[] { ("mode", mode), ("valid_modes", validModes) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidDefaultsMode(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>mode</c> value of the error.</summary>
    public string? Mode => Kwargs.TryGetValue("mode", out var v) ? v as string : null;

    /// <summary>The <c>valid_modes</c> value of the error.</summary>
    public string? ValidModes => Kwargs.TryGetValue("valid_modes", out var v) ? v as string : null;
}
