namespace BotoSharp.Errors;

/// <summary>botocore's <c>InvalidDNSNameError</c>: Bucket named bucket_name is not DNS compatible. Virtual hosted-style addressing cannot be used. The addressing style can be configured by removing the addressing_style value or setting that value to 'path' or 'auto' in the AWS Config file or in the botocore.client.Config object.</summary>
public class InvalidDNSNameError : BotoCoreError
{
    /// <summary>Creates the error from its botocore fields.</summary>
    public InvalidDNSNameError(string? bucketName, Exception? innerException = null)
        : base($"Bucket named {bucketName} is not DNS compatible. Virtual hosted-style addressing cannot be used. The addressing style can be configured by removing the addressing_style value or setting that value to 'path' or 'auto' in the AWS Config file or in the botocore.client.Config object.", new (string, object?)[] { ("bucket_name", bucketName) }, innerException)
    {
    }

    /// <summary>For subclasses that format their own message.</summary>
    protected InvalidDNSNameError(string message, IReadOnlyList<(string Name, object? Value)> kwargs, Exception? innerException)
        : base(message, kwargs, innerException)
    {
    }

    /// <summary>The <c>bucket_name</c> value of the error.</summary>
    public string? BucketName => Kwargs.TryGetValue("bucket_name", out var v) ? v as string : null;
}
