using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Protocols;

namespace BotoSharp.Auth;

/// <summary>
/// The DPoP proof (RFC 9449) the sign-in service wants on <c>CreateOAuth2Token</c>, botocore's
/// <c>_build_dpop_header</c>: an ES256 JWT over <c>{htm: POST, htu, iat, jti}</c> whose header carries the public
/// key as a JWK, signed with the session's P-256 key from the login cache.
/// </summary>
internal static class DPoPHeader
{
    /// <summary>Loads the cached <c>dpopKey</c> PEM (PKCS#8 or SEC1) as botocore does: header lines dropped, base64 DER.</summary>
    /// <exception cref="LoginTokenLoadError">The key is missing or not a P-256 private key.</exception>
    public static ECDsa LoadPrivateKey(IReadOnlyDictionary<string, object?>? token)
    {
        if (token is null || !token.TryGetValue("dpopKey", out var value))
        {
            throw new LoginTokenLoadError("Private key not found in cached token.");
        }
        var contents = string.Concat((value as string ?? string.Empty).Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => !line.StartsWith("-----BEGIN", StringComparison.Ordinal) && !line.StartsWith("-----END", StringComparison.Ordinal))).Trim();
        var key = ECDsa.Create();
        try
        {
            var der = Convert.FromBase64String(contents);
            try
            {
                key.ImportPkcs8PrivateKey(der, out _);
            }
            catch (CryptographicException)
            {
                key.ImportECPrivateKey(der, out _);
            }
            return key;
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            key.Dispose();
            throw new LoginTokenLoadError("Unable to load private key from cached token.", e);
        }
    }

    /// <summary>Builds the header value for a POST to <paramref name="uri"/>.</summary>
    public static string Build(ECDsa key, string uri, string? uid = null, long? issuedAt = null)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var header = new Dictionary<string, object?>
        {
            ["typ"] = "dpop+jwt",
            ["alg"] = "ES256",
            ["jwk"] = new Dictionary<string, object?> { ["kty"] = "EC", ["x"] = Base64Url(point.X!), ["y"] = Base64Url(point.Y!), ["crv"] = "P-256" },
        };
        var payload = new Dictionary<string, object?>
        {
            ["htm"] = "POST",
            ["htu"] = uri,
            ["iat"] = issuedAt ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["jti"] = uid ?? Guid.NewGuid().ToString(),
        };
        var signingInput = Base64Url(PythonJsonWriter.SerializeToUtf8(header, compact: true)) + "."
            + Base64Url(PythonJsonWriter.SerializeToUtf8(payload, compact: true));
        // IEEE P1363 form is r and s, each padded to 32 bytes: botocore's decode_der_signature_to_padded_pair.
        var signature = key.SignHash(SHA256.HashData(Encoding.ASCII.GetBytes(signingInput)), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
