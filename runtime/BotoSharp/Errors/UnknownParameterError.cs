namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownParameterError</c>: Unknown parameter 'name' for operation operation.  Must be one of: choices</summary>
public class UnknownParameterError : ValidationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownParameterError(string? name, string? operation, string? choices, Exception? innerException = null)
        : base($"Unknown parameter '{name}' for operation {operation}.  Must be one of: {choices}", new (string, object?)[] { ("name", name), ("operation", operation), ("choices", choices) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownParameterError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>name</c> value of the error.</summary>
    public string? Name => Kwargs.TryGetValue("name", out var v) ? v as string : null;

    /// <summary>The <c>operation</c> value of the error.</summary>
    public string? Operation => Kwargs.TryGetValue("operation", out var v) ? v as string : null;

    /// <summary>The <c>choices</c> value of the error.</summary>
    public string? Choices => Kwargs.TryGetValue("choices", out var v) ? v as string : null;
}
