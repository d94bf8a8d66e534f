using BotoSharp.Http;
using BotoSharp.Http.Checksums;

namespace BotoSharp.Signing;

/// <summary>
/// SigV4 for S3 (botocore's <c>S3SigV4Auth</c>): the path is signed exactly as sent (no second encoding, no dot
/// removal), <c>X-Amz-Content-SHA256</c> is always recomputed and sent, and payload signing is skipped for
/// streaming uploads over https that carry a checksum.
/// </summary>
public class S3SigV4Signer : SigV4Signer
{
    /// <summary>Creates the signer.</summary>
    /// <param name="credentials">Frozen credentials.</param>
    /// <param name="serviceName">Signing name (<c>s3</c>, <c>s3-outposts</c>…).</param>
    /// <param name="regionName">Signing region.</param>
    /// <param name="clock">Time source.</param>
    /// <param name="payloadSigningEnabled"><c>Config.s3['payload_signing_enabled']</c>; null leaves the choice to the rules.</param>
    public S3SigV4Signer(SigningCredentials? credentials, string serviceName, string regionName, TimeProvider? clock = null, bool? payloadSigningEnabled = null)
        : base(credentials, serviceName, regionName, clock)
    {
        PayloadSigningEnabled = payloadSigningEnabled;
    }

    /// <summary>The explicit S3 payload-signing setting, or null.</summary>
    public bool? PayloadSigningEnabled { get; }

    /// <inheritdoc />
    protected override void ModifyRequestBeforeSigning(AwsRequest request)
    {
        base.ModifyRequestBeforeSigning(request);
        // S3 always declares the payload hash, overriding anything set before (including a caller's header).
        request.Headers.Set("X-Amz-Content-SHA256", Payload(request));
    }

    /// <inheritdoc />
    protected override string CanonicalPath(string path) => path;

    /// <summary>
    /// Explicit config wins; otherwise sign unless the request is https and already carries an integrity checksum
    /// (Content-MD5 or the chosen header checksum), in which case streaming uploads go unsigned.
    /// </summary>
    protected override bool ShouldSha256SignPayload(AwsRequest request) => ShouldSignS3Payload(request, PayloadSigningEnabled);

    /// <summary>The S3 payload rule.</summary>
    internal static bool ShouldSignS3Payload(AwsRequest request, bool? explicitSetting)
    {
        if (explicitSetting is { } setting)
        {
            return setting;
        }
        var checksumHeader = "Content-MD5";
        if (ChecksumContext.From(request)?.RequestAlgorithm is { In: RequestChecksumAlgorithm.InHeader } algorithm)
        {
            checksumHeader = algorithm.Name;
        }
        var isHttps = request.Url.StartsWith("https", StringComparison.Ordinal);
        if (!isHttps || !request.Headers.Contains(checksumHeader))
        {
            return true;
        }
        if (request.Context.TryGetValue("has_streaming_input", out var streaming) && streaming is true)
        {
            return false;
        }
        return !isHttps || PayloadSigningEnabledInContext(request);
    }
}
