namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedS3ControlArnError</c>: S3 ARN "arn" provided is invalid for this operation. msg</summary>
public class UnsupportedS3ControlArnError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedS3ControlArnError(string? arn, string? msg, Exception? innerException = null)
        : base($"S3 ARN \"{arn}\" provided is invalid for this operation. {msg}", new (string, object?)[] { ("arn", arn), ("msg", msg) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedS3ControlArnError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>arn</c> value of the error.</summary>
    public string? Arn => Kwargs.TryGetValue("arn", out var v) ? v as string : null;

    /// <summary>The <c>msg</c> value of the error.</summary>
    public string? Msg => Kwargs.TryGetValue("msg", out var v) ? v as string : null;
}
