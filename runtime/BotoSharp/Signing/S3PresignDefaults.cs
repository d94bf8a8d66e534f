namespace BotoSharp.Signing;

/// <summary>
/// botocore's S3 presign default: in regions whose <c>endpoints.json</c> entry still lists signature version
/// <c>s3</c>, presigned URLs and POSTs use HMAC-v1 (<c>s3-query</c> / <c>s3-presign-post</c>) unless the user
/// configured a signature version.
/// </summary>
public static class S3PresignDefaults
{
    /// <summary>
    /// Whether to register <see cref="ChooseSigner"/> on <c>choose-signer.s3</c> for a client: no signature version
    /// configured for s3, the region is known to the s3 endpoint data (or is <c>aws-global</c>), and its entry lists
    /// <c>s3</c> among its <c>signatureVersions</c>.
    /// </summary>
    /// <param name="configuredSignatureVersion">The signature version from Config or the profile's s3 section, or null.</param>
    /// <param name="regionName">The client region.</param>
    /// <param name="knownS3Regions">The regions endpoints.json lists for s3 in the client's partition.</param>
    /// <param name="regionSignatureVersions">The <c>signatureVersions</c> of the resolved s3 endpoint for the region.</param>
    public static bool ShouldDefaultToSigV2(
        string? configuredSignatureVersion,
        string? regionName,
        IReadOnlyCollection<string> knownS3Regions,
        IReadOnlyCollection<string> regionSignatureVersions)
    {
        if (configuredSignatureVersion is not null || regionName is null)
        {
            return false;
        }
        if (regionName != "aws-global" && !knownS3Regions.Contains(regionName))
        {
            return false;
        }
        return regionSignatureVersions.Contains(SignatureVersions.S3);
    }

    /// <summary>
    /// The choose-signer handler: presign names become <c>s3-query</c>/<c>s3-presign-post</c>; <c>v4a*</c> is left
    /// alone (null) and <c>v4-s3express*</c> is kept as it is; standard signing is left alone.
    /// </summary>
    public static string? ChooseSigner(string signatureVersion)
    {
        ArgumentNullException.ThrowIfNull(signatureVersion);
        if (signatureVersion.StartsWith("v4a", StringComparison.Ordinal))
        {
            return null;
        }
        if (signatureVersion.StartsWith("v4-s3express", StringComparison.Ordinal))
        {
            return signatureVersion;
        }
        foreach (var suffix in new[] { "-query", "-presign-post" })
        {
            if (signatureVersion.EndsWith(suffix, StringComparison.Ordinal))
            {
                return "s3" + suffix;
            }
        }
        return null;
    }
}
