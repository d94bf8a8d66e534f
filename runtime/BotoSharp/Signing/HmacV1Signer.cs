using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// S3's legacy HMAC-SHA1 signature (botocore's <c>HmacV1Auth</c>, signature version <c>s3</c>):
/// <c>Authorization: AWS &lt;akid&gt;:&lt;base64 signature&gt;</c>.
/// </summary>
public class HmacV1Signer : ISigner
{
    // Sub-resources that are part of the signed resource; every other query parameter is ignored.
    private static readonly HashSet<string> s_subResources = new(StringComparer.Ordinal)
    {
        "accelerate", "acl", "cors", "defaultObjectAcl", "location", "logging", "partNumber", "policy",
        "requestPayment", "torrent", "versioning", "versionId", "versions", "website", "uploads", "uploadId",
        "response-content-type", "response-content-language", "response-expires", "response-cache-control",
        "response-content-disposition", "response-content-encoding", "delete", "lifecycle", "tagging", "restore",
        "storageClass", "notification", "replication", "analytics", "metrics", "inventory", "select",
        "select-type", "object-lock",
    };

    /// <summary>Creates the signer.</summary>
    public HmacV1Signer(SigningCredentials? credentials, TimeProvider? clock = null)
    {
        Credentials = credentials;
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>The credentials this signer uses.</summary>
    public SigningCredentials? Credentials { get; }

    /// <summary>The time source.</summary>
    protected TimeProvider Clock { get; }

    /// <inheritdoc />
    /// <exception cref="NoCredentialsError">No credentials were given.</exception>
    public void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = Credentials ?? throw new NoCredentialsError();
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            request.Headers.Set("x-amz-security-token", credentials.Token);
        }
        request.Headers.Set("Date", DateValue());
        var stringToSign = CanonicalString(request);
        var signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(credentials.SecretKey), Encoding.UTF8.GetBytes(stringToSign)));
        InjectSignature(request, signature);
    }

    /// <summary>Method, Content-MD5, Content-Type, Date, the <c>x-amz-*</c> headers, and the resource with its sub-resources.</summary>
    public string CanonicalString(AwsRequest request)
    {
        var builder = new StringBuilder(request.Method.ToUpperInvariant()).Append('\n');
        var standard = new List<string>();
        foreach (var interesting in new[] { "content-md5", "content-type", "date" })
        {
            var found = false;
            foreach (var (name, _) in request.Headers)
            {
                if (name.Equals(interesting, StringComparison.OrdinalIgnoreCase))
                {
                    standard.Add(request.Headers[name]!.Trim());
                    found = true;
                }
            }
            if (!found)
            {
                standard.Add(string.Empty);
            }
        }
        builder.Append(string.Join('\n', standard)).Append('\n');
        var custom = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in request.Headers)
        {
            var lower = name.ToLowerInvariant();
            if (lower.StartsWith("x-amz-", StringComparison.Ordinal))
            {
                custom[lower] = string.Join(',', request.Headers.GetAll(name).Select(v => v.Trim()));
            }
        }
        if (custom.Count > 0)
        {
            builder.Append(string.Join('\n', custom.Select(kv => kv.Key + ":" + kv.Value))).Append('\n');
        }
        return builder.Append(CanonicalResource(request)).ToString();
    }

    /// <summary>The value written to the Date header before signing: an HTTP date for headers, an epoch expiry for URLs.</summary>
    protected virtual string DateValue() =>
        Clock.GetUtcNow().UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " GMT";

    /// <summary>Writes the signature to the request.</summary>
    protected virtual void InjectSignature(AwsRequest request, string signature) =>
        request.Headers.Set("Authorization", $"AWS {Credentials!.AccessKey}:{signature}");

    private static string CanonicalResource(AwsRequest request)
    {
        var url = UrlParts.Split(request.Url);
        var resource = request.AuthPath ?? url.Path;
        if (url.Query.Length == 0)
        {
            return resource;
        }
        var kept = new List<(string Key, string? Value)>();
        foreach (var part in url.Query.Split('&'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq >= 0 ? part[..eq] : part;
            if (s_subResources.Contains(key))
            {
                kept.Add((key, eq >= 0 ? AwsUriEncoding.Unquote(part[(eq + 1)..]) : null));
            }
        }
        if (kept.Count == 0)
        {
            return resource;
        }
        var ordered = kept.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Value is null ? k.Key : k.Key + "=" + k.Value);
        return resource + "?" + string.Join('&', ordered);
    }
}
