using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// AWS Signature Version 4 with the <c>Authorization</c> header (botocore's <c>SigV4Auth</c>). Subclasses change
/// one concern each: S3 path and payload rules, presigned URLs, S3 Express session tokens.
/// </summary>
/// <remarks>
/// Split by concern: this file runs the steps and writes headers; <c>SigV4Signer.Canonical.cs</c> builds the
/// canonical request; <c>SigV4Signer.Payload.cs</c> picks the payload hash. Signing keys are cached per
/// secret/date/region/service in <see cref="SigningKeyCache"/>.
/// </remarks>
public partial class SigV4Signer : ISigner
{
    /// <summary>SHA-256 of the empty string.</summary>
    public const string EmptySha256Hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Payload hash placeholder when the body is not signed.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>Payload hash placeholder for <c>aws-chunked</c> bodies with a checksum trailer.</summary>
    public const string StreamingUnsignedPayloadTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

    /// <summary>The <c>X-Amz-Date</c> format.</summary>
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Creates a signer.</summary>
    /// <param name="credentials">Frozen credentials; null makes <see cref="Sign"/> raise <see cref="NoCredentialsError"/>.</param>
    /// <param name="serviceName">The signing name (credential scope service).</param>
    /// <param name="regionName">The signing region.</param>
    /// <param name="clock">Time source; <see cref="TimeProvider.System"/> when null.</param>
    public SigV4Signer(SigningCredentials? credentials, string serviceName, string regionName, TimeProvider? clock = null)
    {
        Credentials = credentials;
        ServiceName = serviceName ?? throw new ArgumentNullException(nameof(serviceName));
        RegionName = regionName ?? throw new ArgumentNullException(nameof(regionName));
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>The credentials this signer uses.</summary>
    public SigningCredentials? Credentials { get; }

    /// <summary>The credential scope service.</summary>
    public string ServiceName { get; }

    /// <summary>The credential scope region.</summary>
    public string RegionName { get; }

    /// <summary>The time source.</summary>
    protected TimeProvider Clock { get; }

    /// <summary>Signs the request: stamps the time, adjusts headers, computes and injects the signature.</summary>
    /// <exception cref="NoCredentialsError">No credentials were given.</exception>
    public virtual void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Credentials is null)
        {
            throw new NoCredentialsError();
        }
        request.Context["timestamp"] = Clock.GetUtcNow().UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        ModifyRequestBeforeSigning(request);
        var canonicalRequest = CanonicalRequest(request);
        var stringToSign = StringToSign(request, canonicalRequest);
        InjectSignature(request, Signature(stringToSign, request));
    }

    /// <summary>The string to sign: algorithm, timestamp, credential scope and the hex SHA-256 of the canonical request.</summary>
    public string StringToSign(AwsRequest request, string canonicalRequest)
    {
        var hash = HexEncoding.Lower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        return $"AWS4-HMAC-SHA256\n{Timestamp(request)}\n{CredentialScope(request)}\n{hash}";
    }

    /// <summary>Hex HMAC-SHA256 of <paramref name="stringToSign"/> with the (cached) signing key.</summary>
    public string Signature(string stringToSign, AwsRequest request)
    {
        var key = SigningKeyCache.GetSigningKey(RequireCredentials().SecretKey, Timestamp(request)[..8], RegionName, ServiceName);
        return HexEncoding.Lower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary><c>date/region/service/aws4_request</c>.</summary>
    public string CredentialScope(AwsRequest request) => $"{Timestamp(request)[..8]}/{RegionName}/{ServiceName}/aws4_request";

    /// <summary><c>akid/date/region/service/aws4_request</c>, the <c>Credential=</c> value.</summary>
    public string Scope(AwsRequest request) => $"{RequireCredentials().AccessKey}/{CredentialScope(request)}";

    /// <summary>
    /// Header changes before the canonical request is built: drop an old Authorization (this may be a retry), set the
    /// date, the session token, and the unsigned-payload marker when payload signing is off.
    /// </summary>
    protected virtual void ModifyRequestBeforeSigning(AwsRequest request)
    {
        request.Headers.Remove("Authorization");
        SetDateHeaders(request);
        var token = RequireCredentials().Token;
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Set("X-Amz-Security-Token", token);
        }
        if (!PayloadSigningEnabledInContext(request))
        {
            request.Headers.Set("X-Amz-Content-SHA256", UnsignedPayload);
        }
    }

    /// <summary>Writes the Authorization header.</summary>
    protected virtual void InjectSignature(AwsRequest request, string signature)
    {
        var signedHeaders = SignedHeaders(HeadersToSign(request));
        request.Headers.Set("Authorization", $"AWS4-HMAC-SHA256 Credential={Scope(request)}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    /// <summary>The timestamp stamped by <see cref="Sign"/> (<c>context['timestamp']</c>).</summary>
    protected static string Timestamp(AwsRequest request) =>
        request.Context.TryGetValue("timestamp", out var value) && value is string text
            ? text
            : throw new InvalidOperationException("The request has no signing timestamp; call Sign.");

    /// <summary>The credentials, which <see cref="Sign"/> has already checked.</summary>
    protected SigningCredentials RequireCredentials() => Credentials ?? throw new NoCredentialsError();

    // The spec allows Date or X-Amz-Date; when the caller already set Date, botocore rewrites Date to the signing
    // time (RFC 2822, "-0000" zone) and drops X-Amz-Date instead of adding it.
    private static void SetDateHeaders(AwsRequest request)
    {
        var timestamp = Timestamp(request);
        if (request.Headers.Contains("Date"))
        {
            var time = DateTime.ParseExact(timestamp, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            request.Headers.Set("Date", time.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " -0000");
            request.Headers.Remove("X-Amz-Date");
        }
        else
        {
            request.Headers.Set("X-Amz-Date", timestamp);
        }
    }
}
