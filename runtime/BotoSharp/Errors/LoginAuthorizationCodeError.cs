namespace BotoSharp.Errors;

/// <summary>botocore's <c>LoginAuthorizationCodeError</c>: Error loading or redeeming a login authorization code: error_msg </summary>
public class LoginAuthorizationCodeError : LoginError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public LoginAuthorizationCodeError(string? errorMsg, Exception? innerException = null)
        : base($"Error loading or redeeming a login authorization code: {errorMsg} ", new (string, object?)[] { ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected LoginAuthorizationCodeError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
