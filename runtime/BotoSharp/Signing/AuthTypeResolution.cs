using BotoSharp.Errors;

namespace BotoSharp.Signing;

/// <summary>
/// Turns a model's <c>auth</c> trait (and the user's <c>auth_scheme_preference</c>) into a signature version, as
/// botocore's <c>resolve_auth_type</c> / <c>resolve_auth_scheme_preference</c> do. SigV4a needs CRT in botocore and
/// is not implemented here, so it is skipped like in botocore without CRT.
/// </summary>
public static class AuthTypeResolution
{
    private static readonly Dictionary<string, string> s_traitToVersion = new(StringComparer.Ordinal)
    {
        ["aws.auth#sigv4"] = SignatureVersions.V4,
        ["aws.auth#sigv4a"] = "v4a",
        ["smithy.api#httpBearerAuth"] = SignatureVersions.Bearer,
        ["smithy.api#noAuth"] = SignatureVersions.None,
    };

    // The signature versions that have a signer (botocore's AUTH_TYPE_MAPS without CRT).
    private static readonly HashSet<string> s_available = new(StringComparer.Ordinal)
    {
        SignatureVersions.V4, SignatureVersions.V4Query, SignatureVersions.S3V4, SignatureVersions.S3V4Query,
        SignatureVersions.S3, SignatureVersions.S3Query, SignatureVersions.V4S3Express, SignatureVersions.V4S3ExpressQuery,
        SignatureVersions.Bearer, SignatureVersions.S3PresignPost, SignatureVersions.S3V4PresignPost, SignatureVersions.V4S3ExpressPresignPost,
    };

    /// <summary>The first usable auth type of an operation or service <c>auth</c> list (<c>v4</c>, <c>bearer</c>, <c>none</c>).</summary>
    /// <exception cref="UnknownSignatureVersionError">The list names an auth scheme botocore does not know.</exception>
    /// <exception cref="UnsupportedSignatureVersionError">None of the schemes can be used.</exception>
    public static string ResolveAuthType(IReadOnlyList<string> authTrait)
    {
        ArgumentNullException.ThrowIfNull(authTrait);
        foreach (var authType in authTrait)
        {
            if (authType == "smithy.api#noAuth")
            {
                return SignatureVersions.None;
            }
            if (!s_traitToVersion.TryGetValue(authType, out var version))
            {
                throw new UnknownSignatureVersionError(authType);
            }
            if (s_available.Contains(version))
            {
                return version;
            }
        }
        // botocore puts the Python list itself in the message.
        throw new UnsupportedSignatureVersionError("[" + string.Join(", ", authTrait.Select(a => "'" + a + "'")) + "]");
    }

    /// <summary>
    /// The signature version from the user's preference list (short names like <c>sigv4</c>, <c>httpBearerAuth</c>)
    /// over the service's <c>auth</c> options: preferred schemes first, then the service's order.
    /// </summary>
    /// <exception cref="UnsupportedSignatureVersionError">No scheme is usable.</exception>
    public static string ResolveAuthSchemePreference(IReadOnlyList<string> preferences, IReadOnlyList<string> authOptions)
    {
        var supported = authOptions.Select(o => o[(o.LastIndexOf('#') + 1)..]).ToList();
        foreach (var scheme in preferences.Concat(supported).Distinct(StringComparer.Ordinal).Where(supported.Contains))
        {
            if (scheme == "noAuth")
            {
                return SignatureVersions.None;
            }
            var version = scheme switch
            {
                "sigv4" => SignatureVersions.V4,
                "sigv4a" => "v4a",
                "httpBearerAuth" => SignatureVersions.Bearer,
                _ => null,
            };
            if (version is not null && s_available.Contains(version))
            {
                return version;
            }
        }
        throw new UnsupportedSignatureVersionError(string.Join(", ", supported.OrderBy(s => s, StringComparer.Ordinal)));
    }
}
