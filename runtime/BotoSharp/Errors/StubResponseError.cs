namespace BotoSharp.Errors;

/// <summary>botocore's <c>StubResponseError</c>: Error getting response stub for operation operation_name: reason</summary>
public class StubResponseError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public StubResponseError(string? operationName, string? reason, Exception? innerException = null)
        : base($"Error getting response stub for operation {operationName}: {reason}", new (string, object?)[] { ("operation_name", operationName), ("reason", reason) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected StubResponseError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>operation_name</c> value of the error.</summary>
    public string? OperationName => Kwargs.TryGetValue("operation_name", out var v) ? v as string : null;

    /// <summary>The <c>reason</c> value of the error.</summary>
    public string? Reason => Kwargs.TryGetValue("reason", out var v) ? v as string : null;
}
