using System.Globalization;
using System.Text;
using System.Text.Json;
using BotoSharp.Http;

namespace BotoSharp.Signing;

/// <summary>
/// SigV4 presigned URLs (botocore's <c>SigV4QueryAuth</c>): the auth values go into the query string and the
/// signature is appended last as <c>X-Amz-Signature</c>; no Authorization, date or token header is added.
/// </summary>
public class SigV4QuerySigner : SigV4Signer
{
    /// <summary>botocore's default lifetime of a presigned URL, in seconds.</summary>
    public const int DefaultExpires = 3600;

    /// <summary>Creates the signer.</summary>
    public SigV4QuerySigner(SigningCredentials? credentials, string serviceName, string regionName, int expires = DefaultExpires, TimeProvider? clock = null)
        : base(credentials, serviceName, regionName, clock)
    {
        Expires = expires;
    }

    /// <summary>Seconds the URL stays valid (<c>X-Amz-Expires</c>).</summary>
    public int Expires { get; }

    /// <summary>The query parameter carrying the session token.</summary>
    protected virtual string TokenParameter => "X-Amz-Security-Token";

    /// <summary>
    /// Moves operation parameters (URL query, then a form or JSON body) and the auth parameters into the query, in
    /// the order the spec requires: operation parameters first, then auth parameters.
    /// </summary>
    protected override void ModifyRequestBeforeSigning(AwsRequest request)
    {
        // The serializer's default form content type means nothing in a URL and would have to be sent by the user.
        if (request.Headers.TryGetValue("content-type", out var contentType) && contentType == "application/x-www-form-urlencoded; charset=utf-8")
        {
            request.Headers.Remove("content-type");
        }
        var signedHeaders = SignedHeaders(HeadersToSign(request));
        var auth = new List<KeyValuePair<string, string>>
        {
            new("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            new("X-Amz-Credential", Scope(request)),
            new("X-Amz-Date", Timestamp(request)),
            new("X-Amz-Expires", Expires.ToString(CultureInfo.InvariantCulture)),
            new("X-Amz-SignedHeaders", signedHeaders),
        };
        if (RequireCredentials().Token is { } token)
        {
            auth.Add(new(TokenParameter, token));
        }
        var url = UrlParts.Split(request.Url);
        var operationParams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in AwsUriEncoding.ParseQuery(url.Query))
        {
            operationParams.TryAdd(key, value);
        }
        if (request.HasBody)
        {
            foreach (var (key, value) in BodyAsPairs(request))
            {
                operationParams[key] = value;
            }
            request.SetBody(Array.Empty<byte>());
        }
        var query = operationParams.Count > 0 ? AwsUriEncoding.PercentEncodeSequence(operationParams) + "&" : string.Empty;
        request.Url = (url with { Query = query + AwsUriEncoding.PercentEncodeSequence(auth) }).Join();
    }

    /// <inheritdoc />
    protected override void InjectSignature(AwsRequest request, string signature) => request.Url += "&X-Amz-Signature=" + signature;

    // Presigning is synchronous (botocore's generate_presigned_url): a stream body is read in place and put back.
    private static byte[] ReadStreamBody(Stream? stream)
    {
        if (stream is null)
        {
            return Array.Empty<byte>();
        }
        var start = stream.CanSeek ? stream.Position : -1;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (start >= 0)
        {
            stream.Position = start;
        }
        return buffer.ToArray();
    }

    // botocore takes the body as a dict: query-protocol bodies are form fields, others are parsed as a JSON object.
    private static IEnumerable<KeyValuePair<string, string>> BodyAsPairs(AwsRequest request)
    {
        var bytes = request.BodyBytes ?? ReadStreamBody(request.BodyStream);
        var text = Encoding.UTF8.GetString(bytes);
        if (request.Headers.TryGetValue("content-type", out var type) && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || !text.TrimStart().StartsWith('{'))
        {
            return AwsUriEncoding.ParseQuery(text);
        }
        using var document = JsonDocument.Parse(text);
        return document.RootElement.EnumerateObject()
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToList();
    }
}
