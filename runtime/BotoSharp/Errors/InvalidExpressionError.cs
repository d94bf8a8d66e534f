namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidExpressionError</c>: Invalid expression expression: Only dotted lookups are supported.</summary>
public class InvalidExpressionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidExpressionError(string? expression, Exception? innerException = null)
        : base($"Invalid expression {expression}: Only dotted lookups are supported.", new (string, object?)[] { ("expression", expression) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidExpressionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>expression</c> value of the error.</summary>
    public string? Expression => Kwargs.TryGetValue("expression", out var v) ? v as string : null;
}
