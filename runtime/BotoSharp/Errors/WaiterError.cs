namespace BotoSharp.Errors;

/// <summary>botocore's <c>WaiterError</c>: Waiter name failed: reason</summary>
public class WaiterError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public WaiterError(string? name, string? reason, Exception? innerException = null)
        : base($"Waiter {name} failed: {reason}", new (string, object?)[] { ("name", name), ("reason", reason) }, innerException)
    {
    }

    /// <summary>Creates the error a waiter raises, carrying the response it last saw (botocore's <c>last_response</c>).</summary>
    public WaiterError(string? name, string? reason, IReadOnlyDictionary<string, object?>? lastResponse)
        : base($"Waiter {name} failed: {reason}", new (string, object?)[] { ("name", name), ("reason", reason), ("last_response", lastResponse) }, null)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected WaiterError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>name</c> value of the error.</summary>
    public string? Name => Kwargs.TryGetValue("name", out var v) ? v as string : null;

    /// <summary>The parsed response (or error response) of the last attempt, or null.</summary>
    public IReadOnlyDictionary<string, object?>? LastResponse => Kwargs.TryGetValue("last_response", out var v) ? v as IReadOnlyDictionary<string, object?> : null;

    /// <summary>The <c>reason</c> value of the error.</summary>
    public string? Reason => Kwargs.TryGetValue("reason", out var v) ? v as string : null;
}
