namespace BotoSharp.Errors;

/// <summary>botocore's <c>ConnectionError</c>: An HTTP Client failed to establish a connection: error</summary>
public class ConnectionError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public ConnectionError(string? error, Exception? innerException = null)
        : base($"An HTTP Client failed to establish a connection: {error}", new (string, object?)[] { ("error", error) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected ConnectionError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error</c> value of the error.</summary>
    public string? Error => Kwargs.TryGetValue("error", out var v) ? v as string : null;
}
