namespace BotoSharp.Errors;

/// <summary>botocore's <c>LoginTokenLoadError</c>: Error loading login session token: error_msg</summary>
public class LoginTokenLoadError : LoginError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public LoginTokenLoadError(string? errorMsg, Exception? innerException = null)
        : base($"Error loading login session token: {errorMsg}", new (string, object?)[] { ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected LoginTokenLoadError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
