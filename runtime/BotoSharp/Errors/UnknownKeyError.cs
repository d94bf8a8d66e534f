namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownKeyError</c>: Unknown key 'value' for param 'param'.  Must be one of: choices</summary>
public class UnknownKeyError : ValidationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownKeyError(string? value, string? param, string? choices, Exception? innerException = null)
        : base($"Unknown key '{value}' for param '{param}'.  Must be one of: {choices}", new (string, object?)[] { ("value", value), ("param", param), ("choices", choices) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownKeyError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }



    /// <summary>The <c>choices</c> value of the error.</summary>
    public string? Choices => Kwargs.TryGetValue("choices", out var v) ? v as string : null;
}
