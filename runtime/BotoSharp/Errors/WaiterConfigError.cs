namespace BotoSharp.Errors;

/// <summary>botocore's <c>WaiterConfigError</c>: Error processing waiter config: error_msg</summary>
public class WaiterConfigError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public WaiterConfigError(string? errorMsg, Exception? innerException = null)
        : base($"Error processing waiter config: {errorMsg}", new (string, object?)[] { ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected WaiterConfigError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
