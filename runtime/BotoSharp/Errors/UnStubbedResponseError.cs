namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnStubbedResponseError</c>: Error getting response stub for operation operation_name: reason</summary>
public class UnStubbedResponseError : StubResponseError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnStubbedResponseError(string? operationName, string? reason, Exception? innerException = null)
        : base($"Error getting response stub for operation {operationName}: {reason}", new (string, object?)[] { ("operation_name", operationName), ("reason", reason) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnStubbedResponseError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

}
