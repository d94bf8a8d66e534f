namespace BotoSharp.Errors;

/// <summary>botocore's <c>LoginInsufficientPermissions</c>: Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.</summary>
public class LoginInsufficientPermissions : LoginError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public LoginInsufficientPermissions(Exception? innerException = null)
        : base("Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected LoginInsufficientPermissions(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
