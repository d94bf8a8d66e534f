namespace BotoSharp.Errors;

/// <summary>botocore's <c>RefreshWithMFAUnsupportedError</c>: Cannot refresh credentials: MFA token required.</summary>
public class RefreshWithMFAUnsupportedError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public RefreshWithMFAUnsupportedError(Exception? innerException = null)
        : base("Cannot refresh credentials: MFA token required.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected RefreshWithMFAUnsupportedError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
