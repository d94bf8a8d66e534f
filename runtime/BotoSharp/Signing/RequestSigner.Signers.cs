using BotoSharp.Errors;

namespace BotoSharp.Signing;

public sealed partial class RequestSigner
{
    private static readonly Dictionary<string, string> s_suffixes = new(StringComparer.Ordinal)
    {
        [SigningTypes.PresignPost] = "-presign-post",
        [SigningTypes.PresignUrl] = "-query",
    };

    /// <summary>The signature version botocore's <c>_choose_signer</c> would pick, with the presign suffix.</summary>
    public string ChooseSignatureVersion(string operationName, string signingType, IDictionary<string, object?> context)
    {
        var suffix = s_suffixes.TryGetValue(signingType, out var s) ? s : string.Empty;
        var version = context.TryGetValue("auth_type", out var authType) && authType is string { Length: > 0 } text ? text : SignatureVersion;
        var signingName = SigningName;
        var regionName = RegionName;
        if (SigningProperties.Read(context) is { } signing)
        {
            signingName = signing.SigningName ?? signingName;
            regionName = signing.Region ?? regionName;
        }
        version = WithSuffix(version, suffix);
        var chosen = ChooseSigner?.Invoke(new ChooseSignerEventArgs(operationName, signingName, regionName, version, context));
        // A handler may answer with the plain name; the suffix is checked again as botocore does.
        return chosen is null ? version : WithSuffix(chosen, suffix);
    }

    /// <summary>Builds the signer for a signature version (botocore's <c>get_auth_instance</c>).</summary>
    /// <exception cref="UnknownSignatureVersionError">The name is not a known signer.</exception>
    /// <exception cref="NoRegionError">A SigV4 signer and the client has no region.</exception>
    public ISigner GetAuthInstance(string signingName, string? regionName, string signatureVersion, int? expires = null, SigningCredentials? requestCredentials = null)
    {
        if (signatureVersion == SignatureVersions.Bearer)
        {
            return new BearerSigner(_authToken());
        }
        EnsureKnown(signatureVersion);
        return CreateSigner(signingName, regionName, signatureVersion, expires, requestCredentials ?? _credentials());
    }

    private static void EnsureKnown(string signatureVersion)
    {
        if (!s_known.Contains(signatureVersion))
        {
            throw new UnknownSignatureVersionError(signatureVersion);
        }
    }

    private ISigner CreateSigner(string signingName, string? regionName, string signatureVersion, int? expires, SigningCredentials? credentials)
    {
        switch (signatureVersion)
        {
            case SignatureVersions.S3:
                return new HmacV1Signer(credentials, _clock);
            case SignatureVersions.S3Query:
                return new HmacV1QuerySigner(credentials, expires ?? HmacV1QuerySigner.DefaultExpires, _clock);
            case SignatureVersions.S3PresignPost:
                return new HmacV1PostSigner(credentials);
            case SignatureVersions.V2:
                return new SigV2Signer(credentials, _clock);
        }
        // Every SigV4 flavour needs a region; botocore checks the client region, not the resolved one.
        if (RegionName is null)
        {
            throw new NoRegionError();
        }
        var region = regionName ?? RegionName;
        return signatureVersion switch
        {
            SignatureVersions.V4 => new SigV4Signer(credentials, signingName, region, _clock),
            SignatureVersions.V4Query => new SigV4QuerySigner(credentials, signingName, region, expires ?? SigV4QuerySigner.DefaultExpires, _clock),
            SignatureVersions.S3V4 => new S3SigV4Signer(credentials, signingName, region, _clock, S3PayloadSigningEnabled),
            SignatureVersions.S3V4Query => new S3SigV4QuerySigner(credentials, signingName, region, expires ?? SigV4QuerySigner.DefaultExpires, _clock),
            SignatureVersions.V4S3Express => new S3ExpressSigner(credentials, signingName, region, _clock, S3PayloadSigningEnabled),
            SignatureVersions.S3V4PresignPost => new S3SigV4PostSigner(credentials, signingName, region, _clock),
            SignatureVersions.V4S3ExpressPresignPost => new S3ExpressPostSigner(credentials, signingName, region, _clock),
            _ => new S3ExpressQuerySigner(credentials, signingName, region, expires ?? S3ExpressQuerySigner.DefaultS3ExpressExpires, _clock),
        };
    }

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        SignatureVersions.V2, SignatureVersions.V4, SignatureVersions.V4Query, SignatureVersions.S3V4, SignatureVersions.S3V4Query,
        SignatureVersions.S3, SignatureVersions.S3Query, SignatureVersions.V4S3Express, SignatureVersions.V4S3ExpressQuery,
        SignatureVersions.S3PresignPost, SignatureVersions.S3V4PresignPost, SignatureVersions.V4S3ExpressPresignPost,
    };

    private static string WithSuffix(string version, string suffix) =>
        version != SignatureVersions.Unsigned && !version.EndsWith(suffix, StringComparison.Ordinal) ? version + suffix : version;
}
