namespace BotoSharp.Errors;

/// <summary>botocore's <c>PaginationError</c>: Error during pagination: message</summary>
public class PaginationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public PaginationError(string? message, Exception? innerException = null)
        : base($"Error during pagination: {message}", new (string, object?)[] { ("message", message) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected PaginationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>message</c> field of the error.</summary>
    public string? PaginationMessage => Kwargs.TryGetValue("message", out var v) ? v as string : null;
}
