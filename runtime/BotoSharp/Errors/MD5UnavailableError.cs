namespace BotoSharp.Errors;

/// <summary>botocore's <c>MD5UnavailableError</c>: This system does not support MD5 generation.</summary>
public class MD5UnavailableError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public MD5UnavailableError(Exception? innerException = null)
        : base("This system does not support MD5 generation.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected MD5UnavailableError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
