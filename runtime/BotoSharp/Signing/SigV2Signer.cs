using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BotoSharp.Errors;
using BotoSharp.Http;
using BotoSharp.Protocols.Query;

namespace BotoSharp.Signing;

/// <summary>
/// The query-protocol Signature Version 2 (botocore's <c>SigV2Auth</c>, signature version <c>v2</c>; SimpleDB and
/// Import/Export): the access key, version, method, timestamp and token join the form parameters, and an
/// HMAC-SHA256 over method, host, path and the sorted, percent-encoded parameters is added as <c>Signature</c>.
/// </summary>
public sealed class SigV2Signer : ISigner
{
    private readonly SigningCredentials? _credentials;
    private readonly TimeProvider _clock;

    /// <summary>Creates the signer.</summary>
    public SigV2Signer(SigningCredentials? credentials, TimeProvider? clock = null)
    {
        _credentials = credentials;
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="NoCredentialsError">No credentials were given.</exception>
    public void Sign(AwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var credentials = _credentials ?? throw new NoCredentialsError();
        // botocore signs the POST body's parameters when there is a body, else the URL's query.
        var inBody = request.BodyBytes is { Length: > 0 };
        var query = request.Url.IndexOf('?', StringComparison.Ordinal);
        var encoded = inBody ? Encoding.UTF8.GetString(request.BodyBytes!) : query < 0 ? string.Empty : request.Url[(query + 1)..];
        var parameters = AwsUriEncoding.ParseQuery(encoded);
        var added = new List<KeyValuePair<string, string>>
        {
            new("AWSAccessKeyId", credentials.AccessKey),
            new("SignatureVersion", "2"),
            new("SignatureMethod", "HmacSHA256"),
            new("Timestamp", _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            added.Add(new("SecurityToken", credentials.Token));
        }
        // A dict in botocore: an added key replaces a caller's value of the same name.
        var all = parameters.Where(p => added.All(a => a.Key != p.Key)).Concat(added).ToList();
        added.Add(new("Signature", Signature(request, all, credentials.SecretKey)));
        var suffix = FormEncoding.Encode(added);
        var kept = parameters.Where(p => added.All(a => a.Key != p.Key)).ToList();
        var final = kept.Count == parameters.Count && encoded.Length > 0 ? encoded + "&" + suffix : FormEncoding.Encode(kept.Concat(added));
        if (inBody)
        {
            request.SetBody(Encoding.UTF8.GetBytes(final));
        }
        else
        {
            request.Url = (query < 0 ? request.Url : request.Url[..query]) + "?" + final;
        }
    }

    private static string Signature(AwsRequest request, List<KeyValuePair<string, string>> parameters, string secretKey)
    {
        var uri = new Uri(request.Url);
        var path = uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath;
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var canonical = string.Join("&", parameters.Where(p => p.Key != "Signature").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => AwsUriEncoding.Quote(p.Key, string.Empty) + "=" + AwsUriEncoding.Quote(p.Value, "-_~")));
        var toSign = $"{request.Method}\n{host}\n{path}\n{canonical}";
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(toSign)));
    }
}
