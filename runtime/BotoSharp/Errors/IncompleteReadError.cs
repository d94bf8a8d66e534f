namespace BotoSharp.Errors;

/// <summary>botocore's <c>IncompleteReadError</c>: actual_bytes read, but total bytes expected is expected_bytes.</summary>
public class IncompleteReadError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public IncompleteReadError(string? actualBytes, string? expectedBytes, Exception? innerException = null)
        : base($"{actualBytes} read, but total bytes expected is {expectedBytes}.", new (string, object?)[] { ("actual_bytes", actualBytes), ("expected_bytes", expectedBytes) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected IncompleteReadError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>actual_bytes</c> value of the error.</summary>
    public string? ActualBytes => Kwargs.TryGetValue("actual_bytes", out var v) ? v as string : null;

    /// <summary>The <c>expected_bytes</c> value of the error.</summary>
    public string? ExpectedBytes => Kwargs.TryGetValue("expected_bytes", out var v) ? v as string : null;
}
