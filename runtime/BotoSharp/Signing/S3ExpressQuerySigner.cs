namespace BotoSharp.Signing;

/// <summary>
/// S3 Express presigned URLs (botocore's <c>S3ExpressQueryAuth</c>): like <see cref="S3SigV4QuerySigner"/> (path
/// as-is, <c>UNSIGNED-PAYLOAD</c>) but the session token travels as <c>X-Amz-S3session-Token</c> and the default
/// lifetime is 300 seconds.
/// </summary>
public class S3ExpressQuerySigner : S3SigV4QuerySigner
{
    /// <summary>botocore's default lifetime of an S3 Express presigned URL, in seconds.</summary>
    public const int DefaultS3ExpressExpires = 300;

    /// <summary>Creates the signer with session credentials.</summary>
    public S3ExpressQuerySigner(SigningCredentials? credentials, string serviceName, string regionName, int expires = DefaultS3ExpressExpires, TimeProvider? clock = null)
        : base(credentials, serviceName, regionName, expires, clock)
    {
    }

    /// <inheritdoc />
    protected override string TokenParameter => "X-Amz-S3session-Token";
}
