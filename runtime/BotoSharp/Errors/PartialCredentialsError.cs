namespace BotoSharp.Errors;

/// <summary>botocore's <c>PartialCredentialsError</c>: Partial credentials found in provider, missing: cred_var</summary>
public class PartialCredentialsError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public PartialCredentialsError(string? provider, string? credVar, Exception? innerException = null)
        : base($"Partial credentials found in {provider}, missing: {credVar}", new (string, object?)[] { ("provider", provider), ("cred_var", credVar) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected PartialCredentialsError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>provider</c> value of the error.</summary>
    public string? Provider => Kwargs.TryGetValue("provider", out var v) ? v as string : null;

    /// <summary>The <c>cred_var</c> value of the error.</summary>
    public string? CredVar => Kwargs.TryGetValue("cred_var", out var v) ? v as string : null;
}
