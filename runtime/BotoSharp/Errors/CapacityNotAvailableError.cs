namespace BotoSharp.Errors;

/// <summary>botocore's <c>CapacityNotAvailableError</c>: Insufficient request capacity available.</summary>
public class CapacityNotAvailableError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public CapacityNotAvailableError(Exception? innerException = null)
        : base("Insufficient request capacity available.", Array.Empty<(string, object?)>(), innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected CapacityNotAvailableError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }
}
