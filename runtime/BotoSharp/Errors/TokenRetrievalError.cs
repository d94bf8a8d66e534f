namespace BotoSharp.Errors;

/// <summary>botocore's <c>TokenRetrievalError</c>: Error when retrieving token from provider: error_msg</summary>
public class TokenRetrievalError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public TokenRetrievalError(string? provider, string? errorMsg, Exception? innerException = null)
        : base($"Error when retrieving token from {provider}: {errorMsg}", new (string, object?)[] { ("provider", provider), ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected TokenRetrievalError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>provider</c> value of the error.</summary>
    public string? Provider => Kwargs.TryGetValue("provider", out var v) ? v as string : null;

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
