namespace BotoSharp.Errors;

/// <summary>botocore's <c>CredentialRetrievalError</c>: Error when retrieving credentials from provider: error_msg</summary>
public class CredentialRetrievalError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public CredentialRetrievalError(string? provider, string? errorMsg, Exception? innerException = null)
        : base($"Error when retrieving credentials from {provider}: {errorMsg}", new (string, object?)[] { ("provider", provider), ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected CredentialRetrievalError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>provider</c> value of the error.</summary>
    public string? Provider => Kwargs.TryGetValue("provider", out var v) ? v as string : null;

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
