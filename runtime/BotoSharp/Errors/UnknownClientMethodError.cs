namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnknownClientMethodError</c>: Client does not have method: method_name</summary>
public class UnknownClientMethodError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnknownClientMethodError(string? methodName, Exception? innerException = null)
        : base($"Client does not have method: {methodName}", new (string, object?)[] { ("method_name", methodName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnknownClientMethodError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>method_name</c> value of the error.</summary>
    public string? MethodName => Kwargs.TryGetValue("method_name", out var v) ? v as string : null;
}
