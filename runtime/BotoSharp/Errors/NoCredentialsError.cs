namespace BotoSharp.Errors;

/// <summary>botocore's <c>NoCredentialsError</c>: Unable to locate credentials</summary>
public class NoCredentialsError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public NoCredentialsError(Exception? innerException = null)
        : base("Unable to locate credentials", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected NoCredentialsError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
