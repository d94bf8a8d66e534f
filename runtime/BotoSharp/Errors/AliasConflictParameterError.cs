namespace BotoSharp.Errors;

/// <summary>botocore's <c>AliasConflictParameterError</c>: Parameter 'original' and its alias 'alias' were provided for operation operation.  Only one of them may be used.</summary>
public class AliasConflictParameterError : ValidationError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public AliasConflictParameterError(string? original, string? alias, string? operation, Exception? innerException = null)
        : base($"Parameter '{original}' and its alias '{alias}' were provided for operation {operation}.  Only one of them may be used.", new (string, object?)[] { ("original", original), ("alias", alias), ("operation", operation) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected AliasConflictParameterError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>original</c> value of the error.</summary>
    public string? Original => Kwargs.TryGetValue("original", out var v) ? v as string : null;

    /// <summary>The <c>alias</c> value of the error.</summary>
    public string? Alias => Kwargs.TryGetValue("alias", out var v) ? v as string : null;

    /// <summary>The <c>operation</c> value of the error.</summary>
    public string? Operation => Kwargs.TryGetValue("operation", out var v) ? v as string : null;
}
