namespace BotoSharp.Errors;

/// <summary>botocore's <c>UnsupportedS3ArnError</c>: S3 ARN arn provided to "Bucket" parameter is invalid. Only ARNs for S3 access-points are supported.</summary>
public class UnsupportedS3ArnError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public UnsupportedS3ArnError(string? arn, Exception? innerException = null)
        : base($"S3 ARN {arn} provided to \"Bucket\" parameter is invalid. Only ARNs for S3 access-points are supported.", new (string, object?)[] { ("arn", arn) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected UnsupportedS3ArnError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>arn</c> value of the error.</summary>
    public string? Arn => Kwargs.TryGetValue("arn", out var v) ? v as string : null;
}
