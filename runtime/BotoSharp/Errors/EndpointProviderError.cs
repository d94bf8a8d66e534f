namespace BotoSharp.Errors;

/// <summary>botocore's <c>EndpointProviderError</c>: msg</summary>
public class EndpointProviderError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public EndpointProviderError(string? msg, Exception? innerException = null)
        : base($"{msg}", new (string, object?)[] { ("msg", msg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected EndpointProviderError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>msg</c> value of the error.</summary>
    public string? Msg => Kwargs.TryGetValue("msg", out var v) ? v as string : null;
}
