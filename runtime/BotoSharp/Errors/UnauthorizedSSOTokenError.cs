namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnauthorizedSSOTokenError</c>: The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.</summary>
public class UnauthorizedSSOTokenError : SSOError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnauthorizedSSOTokenError(Exception? innerException = null)
        : base("The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnauthorizedSSOTokenError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
