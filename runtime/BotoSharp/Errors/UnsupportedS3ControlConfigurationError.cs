namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedS3ControlConfigurationError</c>: Unsupported configuration when using S3 Control: msg</summary>
public class UnsupportedS3ControlConfigurationError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedS3ControlConfigurationError(string? msg, Exception? innerException = null)
        : base($"Unsupported configuration when using S3 Control: {msg}", new (string, object?)[] { ("msg", msg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedS3ControlConfigurationError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>msg</c> value of the error.</summary>
    public string? Msg => Kwargs.TryGetValue("msg", out var v) ? v as string : null;
}
