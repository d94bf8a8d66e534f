namespace BotoSharp.Errors;

/// <summary>botocore's <c>LoginRefreshRequired</c>: Your session has expired or credentials have changed. Please reauthenticate using 'aws login'.</summary>
public class LoginRefreshRequired : LoginError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public LoginRefreshRequired(Exception? innerException = null)
        : base("Your session has expired or credentials have changed. Please reauthenticate using 'aws login'.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected LoginRefreshRequired(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
