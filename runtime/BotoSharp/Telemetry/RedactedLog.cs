using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Telemetry;

/// <summary>
/// botocore's debug descriptions of requests and responses, minus what would let a reader act as the caller: the
/// signature and session token in headers and in a presigned query are replaced by <c>&lt;redacted&gt;</c>.
/// </summary>
internal static class RedactedLog
{
    private const string Redacted = "<redacted>";

    private static readonly HashSet<string> s_secretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-Amz-Security-Token", "x-amz-s3session-token", "Cookie", "Set-Cookie",
    };

    private static readonly string[] s_secretQueryKeys = ["X-Amz-Signature=", "X-Amz-Security-Token=", "X-Amz-Credential=", "Signature=", "AWSAccessKeyId="];

    /// <summary>botocore's <c>AWSPreparedRequest</c> repr with secrets redacted.</summary>
    public static string Describe(AwsRequest request) =>
        $"<AWSPreparedRequest stream_output={(request.StreamOutput ? "True" : "False")}, method={request.Method}, url={Url(request.Url)}, headers={Headers(request.Headers)}>";

    /// <summary>Headers as a Python dict repr, secret values redacted.</summary>
    public static string Headers(HttpHeaderList headers)
    {
        var text = new StringBuilder("{");
        foreach (var (name, value) in headers)
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }
            text.Append('\'').Append(name).Append("': '").Append(s_secretHeaders.Contains(name) ? Redacted : value).Append('\'');
        }
        return text.Append('}').ToString();
    }

    /// <summary>The URL with the values of signing query parameters redacted.</summary>
    public static string Url(string url)
    {
        int query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }
        var parts = url[(query + 1)..].Split('&');
        for (int i = 0; i < parts.Length; i++)
        {
            foreach (var key in s_secretQueryKeys)
            {
                if (parts[i].StartsWith(key, StringComparison.OrdinalIgnoreCase))
                {
                    parts[i] = key + Redacted;
                }
            }
        }
        return url[..(query + 1)] + string.Join('&', parts);
    }
}
