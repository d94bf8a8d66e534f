namespace BotoSharp.Errors;

/// <summary>botocore's <c>ValidationError</c>: Invalid value ('value') for param param of type type_name </summary>
public class ValidationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ValidationError(string? value, string? param, string? typeName, Exception? innerException = null)
        : base($"Invalid value ('{value}') for param {param} of type {typeName} ", new (string, object?)[] { ("value", value), ("param", param), ("type_name", typeName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ValidationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>value</c> value of the error.</summary>
    public string? Value => Kwargs.TryGetValue("value", out var v) ? v as string : null;

    /// <summary>The <c>param</c> value of the error.</summary>
    public string? Param => Kwargs.TryGetValue("param", out var v) ? v as string : null;

    /// <summary>The <c>type_name</c> value of the error.</summary>
    public string? TypeName => Kwargs.TryGetValue("type_name", out var v) ? v as string : null;
}
