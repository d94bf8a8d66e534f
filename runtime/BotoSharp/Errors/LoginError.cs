namespace BotoSharp.Errors;

/// <summary>botocore's <c>LoginError</c>: An unspecified error happened when resolving AWS credentials or refreshing a login session profile.</summary>
public class LoginError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public LoginError(Exception? innerException = null)
        : base("An unspecified error happened when resolving AWS credentials or refreshing a login session profile.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected LoginError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
