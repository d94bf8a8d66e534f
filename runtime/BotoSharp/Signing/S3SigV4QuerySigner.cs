using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>S3 SigV4 presigned URLs (botocore's <c>S3SigV4QueryAuth</c>): path signed as-is, payload always <c>UNSIGNED-PAYLOAD</c>.</summary>
public class S3SigV4QuerySigner : SigV4QuerySigner
{
    /// <summary>Creates the signer.</summary>
    public S3SigV4QuerySigner(SigningCredentials? credentials, string serviceName, string regionName, int expires = DefaultExpires, TimeProvider? clock = null)
        : base(credentials, serviceName, regionName, expires, clock)
    {
    }

    /// <inheritdoc />
    protected override string CanonicalPath(string path) => path;

    /// <summary>The body of a presigned S3 request is never known in advance.</summary>
    public override string Payload(AwsRequest request) => UnsignedPayload;
}
