using System.Globalization;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// S3 HMAC-SHA1 presigned URLs (botocore's <c>HmacV1QueryAuth</c>, signature version <c>s3-query</c>): the
/// signature, access key and expiry go in the query as <c>AWSAccessKeyId</c>, <c>Signature</c> and <c>Expires</c>.
/// botocore uses this by default when presigning S3 URLs in the legacy regions.
/// </summary>
public class HmacV1QuerySigner : HmacV1Signer
{
    /// <summary>botocore's default lifetime of a presigned URL, in seconds.</summary>
    public const int DefaultExpires = 3600;

    /// <summary>Creates the signer.</summary>
    public HmacV1QuerySigner(SigningCredentials? credentials, int expires = DefaultExpires, TimeProvider? clock = null)
        : base(credentials, clock)
    {
        Expires = expires;
    }

    /// <summary>Seconds the URL stays valid.</summary>
    public int Expires { get; }

    /// <summary>The expiry as whole epoch seconds: HMAC-v1 URLs sign the expiry in place of the date.</summary>
    protected override string DateValue() =>
        ((long)Math.Floor(Clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0 + Expires)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends the access key, signature, expiry and the signed <c>x-amz-*</c>/content headers to the query.</summary>
    protected override void InjectSignature(AwsRequest request, string signature)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWSAccessKeyId"] = Credentials!.AccessKey,
            ["Signature"] = signature,
        };
        foreach (var (name, _) in request.Headers)
        {
            var lower = name.ToLowerInvariant();
            if (name == "Date")
            {
                query["Expires"] = request.Headers[name]!;
            }
            else if (lower.StartsWith("x-amz-", StringComparison.Ordinal) || lower is "content-md5" or "content-type")
            {
                query[lower] = request.Headers[lower]!;
            }
        }
        var url = UrlParts.Split(request.Url);
        var encoded = AwsUriEncoding.PercentEncodeSequence(query);
        request.Url = (url with { Query = url.Query.Length > 0 ? url.Query + "&" + encoded : encoded }).Join();
    }
}
