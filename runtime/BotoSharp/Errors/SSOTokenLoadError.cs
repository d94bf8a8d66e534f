namespace BotoSharp.Errors;

/// <summary>botocore's <c>SSOTokenLoadError</c>: Error loading SSO Token: error_msg</summary>
public class SSOTokenLoadError : SSOError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public SSOTokenLoadError(string? errorMsg, Exception? innerException = null)
        : base($"Error loading SSO Token: {errorMsg}", new (string, object?)[] { ("error_msg", errorMsg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected SSOTokenLoadError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>error_msg</c> value of the error.</summary>
    public string? ErrorMsg => Kwargs.TryGetValue("error_msg", out var v) ? v as string : null;
}
