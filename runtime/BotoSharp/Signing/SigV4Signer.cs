using System.Globalization;
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

    // The signed-header list the canonical request just wrote, for InjectSignature within the same Sign.
    private string? _signedHeaders;

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
    /// <remarks>
    /// The canonical request and the string to sign are written into one rented buffer and hashed from it; only the
    /// signature and the signed-header list become strings (both go into the request).
    /// </remarks>
    public virtual void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Credentials is null)
        {
            throw new NoCredentialsError();
        }
        request.Context["timestamp"] = FormatTimestamp(Clock.GetUtcNow().UtcDateTime);
        ModifyRequestBeforeSigning(request);
        var buffer = new PooledCharBuffer(1024);
        try
        {
            WriteCanonicalRequest(request, ref buffer);
            Span<char> canonicalHash = stackalloc char[64];
            PooledCharBuffer.Sha256Hex(buffer.Written, canonicalHash);
            buffer.Clear();
            WriteStringToSign(request, canonicalHash, ref buffer);
            Span<char> signature = stackalloc char[64];
            PooledCharBuffer.HmacSha256Hex(SigningKey(request), buffer.Written, signature);
            if (WritesAuthorizationHeaderItself())
            {
                SetAuthorization(request, signature);
            }
            else
            {
                InjectSignature(request, new string(signature));
            }
        }
        finally
        {
            buffer.Dispose();
            _signedHeaders = null;
        }
    }

    /// <summary>The string to sign: algorithm, timestamp, credential scope and the hex SHA-256 of the canonical request.</summary>
    public string StringToSign(AwsRequest request, string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        Span<char> hash = stackalloc char[64];
        PooledCharBuffer.Sha256Hex(canonicalRequest, hash);
        var buffer = new PooledCharBuffer(256);
        try
        {
            WriteStringToSign(request, hash, ref buffer);
            return new string(buffer.Written);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Hex HMAC-SHA256 of <paramref name="stringToSign"/> with the (cached) signing key.</summary>
    public string Signature(string stringToSign, AwsRequest request) => PooledCharBuffer.HmacSha256Hex(SigningKey(request), stringToSign);

    /// <summary><c>date/region/service/aws4_request</c>.</summary>
    public string CredentialScope(AwsRequest request) => $"{Timestamp(request).AsSpan(0, 8)}/{RegionName}/{ServiceName}/aws4_request";

    private void WriteStringToSign(AwsRequest request, scoped ReadOnlySpan<char> canonicalHash, ref PooledCharBuffer buffer)
    {
        var timestamp = Timestamp(request);
        buffer.Append("AWS4-HMAC-SHA256\n");
        buffer.Append(timestamp);
        buffer.Append('\n');
        buffer.Append(timestamp.AsSpan(0, 8));
        buffer.Append('/');
        buffer.Append(RegionName);
        buffer.Append('/');
        buffer.Append(ServiceName);
        buffer.Append("/aws4_request\n");
        buffer.Append(canonicalHash);
    }

    private byte[] SigningKey(AwsRequest request) =>
        SigningKeyCache.GetSigningKey(RequireCredentials().SecretKey, SigningKeyCache.DateOf(Timestamp(request)), RegionName, ServiceName);

    // Calls signed within the same second share its text: the last one is kept in one slot, an immutable record.
    private static StampText? s_lastStamp;

    private sealed record StampText(long Second, string Text);

    private static string FormatTimestamp(DateTime time)
    {
        var second = time.Ticks / TimeSpan.TicksPerSecond;
        var last = s_lastStamp;
        if (last is not null && last.Second == second)
        {
            return last.Text;
        }
        var text = FormatSecond(time);
        s_lastStamp = new StampText(second, text);
        return text;
    }

    // yyyyMMdd'T'HHmmss'Z' written digit by digit (the custom-format ToString parses its pattern on every call),
    // on the stack rather than through string.Create, whose generic form over DateTime every process JIT-compiled.
    private static string FormatSecond(DateTime t)
    {
        Span<char> chars = stackalloc char[16];
        Write(chars[..4], t.Year);
        Write(chars[4..6], t.Month);
        Write(chars[6..8], t.Day);
        chars[8] = 'T';
        Write(chars[9..11], t.Hour);
        Write(chars[11..13], t.Minute);
        Write(chars[13..15], t.Second);
        chars[15] = 'Z';
        return new string(chars);

        static void Write(Span<char> digits, int value)
        {
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                digits[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }

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
    protected virtual void InjectSignature(AwsRequest request, string signature) => SetAuthorization(request, signature);

    // The signers of this assembly that keep this class's InjectSignature write the header straight from the hex on
    // the stack (no signature string). Any other type may override InjectSignature, so it is handed the string.
    private bool WritesAuthorizationHeaderItself()
    {
        var type = GetType();
        return type == typeof(SigV4Signer) || type == typeof(S3SigV4Signer) || type == typeof(S3ExpressSigner);
    }

    private void SetAuthorization(AwsRequest request, scoped ReadOnlySpan<char> signature)
    {
        var signedHeaders = _signedHeaders ?? SignedHeaders(HeadersToSign(request));
        var timestamp = Timestamp(request);
        request.Headers.Set("Authorization",
            $"AWS4-HMAC-SHA256 Credential={RequireCredentials().AccessKey}/{timestamp.AsSpan(0, 8)}/{RegionName}/{ServiceName}/aws4_request, SignedHeaders={signedHeaders}, Signature={signature}");
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
