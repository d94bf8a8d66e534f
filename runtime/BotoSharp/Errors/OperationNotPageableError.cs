namespace BotoSharp.Errors;

/// <summary>botocore's <c>OperationNotPageableError</c>: Operation cannot be paginated: operation_name</summary>
public class OperationNotPageableError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public OperationNotPageableError(string? operationName, Exception? innerException = null)
        : base($"Operation cannot be paginated: {operationName}", new (string, object?)[] { ("operation_name", operationName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected OperationNotPageableError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>operation_name</c> value of the error.</summary>
    public string? OperationName => Kwargs.TryGetValue("operation_name", out var v) ? v as string : null;
}
