namespace BotoSharp.Signing;

/// <summary>S3 Express presigned POST (botocore's <c>S3ExpressPostAuth</c>): the session token field is <c>X-Amz-S3session-Token</c>.</summary>
public class S3ExpressPostSigner : S3SigV4PostSigner
{
    /// <summary>Creates the signer with session credentials.</summary>
    public S3ExpressPostSigner(SigningCredentials? credentials, string serviceName, string regionName, TimeProvider? clock = null)
        : base(credentials, serviceName, regionName, clock)
    {
    }

    /// <inheritdoc />
    protected override string TokenField => "X-Amz-S3session-Token";
}
