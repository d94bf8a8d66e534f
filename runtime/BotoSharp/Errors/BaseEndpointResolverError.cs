namespace BotoSharp.Errors;

/// <summary>botocore's <c>BaseEndpointResolverError</c>: An unspecified error occurred</summary>
public class BaseEndpointResolverError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public BaseEndpointResolverError(Exception? innerException = null)
        : base("An unspecified error occurred", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected BaseEndpointResolverError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
