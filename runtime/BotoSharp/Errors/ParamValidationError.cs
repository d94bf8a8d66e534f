namespace BotoSharp.Errors;

/// <summary>botocore's <c>ParamValidationError</c>: Parameter validation failed:</summary>
public class ParamValidationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ParamValidationError(string? report, Exception? innerException = null)
        : base($"Parameter validation failed:\n{report}", new (string, object?)[] { ("report", report) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ParamValidationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>report</c> value of the error.</summary>
    public string? Report => Kwargs.TryGetValue("report", out var v) ? v as string : null;
}
