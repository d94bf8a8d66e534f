using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// S3 Express One Zone (botocore's <c>S3ExpressAuth</c>): S3 SigV4 with the session credentials from
/// <c>CreateSession</c>, whose token goes in <c>x-amz-s3session-token</c> instead of <c>X-Amz-Security-Token</c>.
/// </summary>
/// <remarks>The session credentials come from the call path's identity cache via
/// <see cref="SigningProperties.RequestCredentials"/>; this signer only applies the header rules.</remarks>
public class S3ExpressSigner : S3SigV4Signer
{
    /// <summary>Creates the signer with session credentials.</summary>
    public S3ExpressSigner(SigningCredentials? credentials, string serviceName, string regionName, TimeProvider? clock = null, bool? payloadSigningEnabled = null)
        : base(credentials, serviceName, regionName, clock, payloadSigningEnabled)
    {
    }

    /// <inheritdoc />
    protected override void ModifyRequestBeforeSigning(AwsRequest request)
    {
        base.ModifyRequestBeforeSigning(request);
        if (!request.Headers.Contains("x-amz-s3session-token") && RequireCredentials().Token is { } token)
        {
            request.Headers.Set("x-amz-s3session-token", token);
        }
        // S3 Express does not accept the STS token header.
        request.Headers.Remove("X-Amz-Security-Token");
    }
}
