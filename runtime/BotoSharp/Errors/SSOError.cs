namespace BotoSharp.Errors;

/// <summary>botocore's <c>SSOError</c>: An unspecified error happened when resolving AWS credentials or an access token from SSO.</summary>
public class SSOError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public SSOError(Exception? innerException = null)
        : base("An unspecified error happened when resolving AWS credentials or an access token from SSO.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected SSOError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
