using System.Buffers;
using System.Text;
using BotoSharp.Http;

namespace BotoSharp.Signing;

public partial class SigV4Signer
{
    // Hop-by-hop headers and ones proxies or the HTTP stack may rewrite; signing them would break the signature.
    // amz-sdk-invocation-id / amz-sdk-request are not in botocore's list, but botocore adds them only after signing,
    // so leaving them out here gives the same signature whichever order our call path uses.
    private static readonly HashSet<string> s_unsignedHeaders = new(StringComparer.Ordinal)
    {
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id", "amz-sdk-invocation-id", "amz-sdk-request",
    };

    /// <summary>The canonical request: method, path, query, headers, signed header names and payload hash.</summary>
    public string CanonicalRequest(AwsRequest request)
    {
        var url = UrlParts.Split(request.Url);
        var headers = HeadersToSign(request);
        var builder = new StringBuilder();
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalPath(url.Path)).Append('\n');
        builder.Append(CanonicalQueryString(url.Query)).Append('\n');
        builder.Append(CanonicalHeaders(headers)).Append("\n\n");
        builder.Append(SignedHeaders(headers)).Append('\n');
        builder.Append(request.Headers.TryGetValue("X-Amz-Content-SHA256", out var declared) ? declared : Payload(request));
        return builder.ToString();
    }

    /// <summary>
    /// Non-S3 services: remove dot segments, then percent-encode again (safe <c>/~</c>), so an already-encoded path
    /// is encoded twice, as the SigV4 spec asks. S3 overrides this to sign the path as-is.
    /// </summary>
    protected virtual string CanonicalPath(string path) => AwsUriEncoding.Quote(AwsUriEncoding.NormalizeUrlPath(path), "/~");

    /// <summary>The URL's query pairs, split on <c>&amp;</c> and <c>=</c> without decoding, sorted by key then value.</summary>
    protected static string CanonicalQueryString(string query)
    {
        if (query.Length == 0)
        {
            return string.Empty;
        }
        var pairs = new List<(string Key, string Value)>();
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(eq >= 0 ? (pair[..eq], pair[(eq + 1)..]) : (pair, string.Empty));
        }
        pairs.Sort((a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>The headers that take part in the signature, lower-cased, in request order, with <c>host</c> added from the URL.</summary>
    protected static List<KeyValuePair<string, string>> HeadersToSign(AwsRequest request)
    {
        var result = new List<KeyValuePair<string, string>>();
        var hasHost = false;
        foreach (var (name, value) in request.Headers)
        {
            var lower = name.ToLowerInvariant();
            if (s_unsignedHeaders.Contains(lower))
            {
                continue;
            }
            hasHost |= lower == "host";
            result.Add(new(lower, value));
        }
        if (!hasHost)
        {
            result.Add(new("host", HostFromUrl(request.Url)));
        }
        return result;
    }

    /// <summary>Sorted distinct names joined by <c>;</c>.</summary>
    protected static string SignedHeaders(List<KeyValuePair<string, string>> headers)
    {
        var names = new List<string>(headers.Count);
        foreach (var (name, _) in headers)
        {
            names.Add(name.Trim());
        }
        names.Sort(StringComparer.Ordinal);
        var joined = new StringBuilder();
        string? previous = null;
        foreach (var name in names)
        {
            if (name != previous)
            {
                (joined.Length > 0 ? joined.Append(';') : joined).Append(name);
                previous = name;
            }
        }
        return joined.ToString();
    }

    // One line per distinct name, in ordinal order, its values (in request order) joined by commas.
    private static string CanonicalHeaders(List<KeyValuePair<string, string>> headers)
    {
        var names = new List<string>(headers.Count);
        foreach (var (name, _) in headers)
        {
            names.Add(name);
        }
        names.Sort(StringComparer.Ordinal);
        var lines = new StringBuilder();
        string? previous = null;
        foreach (var name in names)
        {
            if (name == previous)
            {
                continue;
            }
            previous = name;
            (lines.Length > 0 ? lines.Append('\n') : lines).Append(name).Append(':');
            var first = true;
            foreach (var (key, value) in headers)
            {
                if (key == name)
                {
                    (first ? lines : lines.Append(',')).Append(CollapseWhitespace(value));
                    first = false;
                }
            }
        }
        return lines.ToString();
    }

    // SigV4's Trimall, done like Python's str.split(): any run of whitespace becomes one space, ends trimmed.
    // Most values are already in that form and are returned as they are.
    private static string CollapseWhitespace(string value) =>
        IsCollapsed(value) ? value : string.Join(' ', value.Split(s_whitespace, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsCollapsed(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        if (s_whitespaceSearch.Contains(value[0]) || s_whitespaceSearch.Contains(value[^1]))
        {
            return false;
        }
        for (var i = 1; i < value.Length - 1; i++)
        {
            var c = value[i];
            if (s_whitespaceSearch.Contains(c) && (c != ' ' || value[i + 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly SearchValues<char> s_whitespaceSearch = SearchValues.Create(
        " \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000");

    private static readonly char[] s_whitespace =
        { ' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u2028', '\u2029', '\u3000' };

    /// <summary>Host header value from a URL: lower-case, user info dropped, default port dropped, IPv6 bracketed.</summary>
    internal static string HostFromUrl(string url)
    {
        var parts = UrlParts.Split(url);
        var host = parts.IsIPv6 ? "[" + parts.Host + "]" : parts.Host;
        var port = parts.Port;
        var defaultPort = parts.Scheme switch { "http" => 80, "https" => 443, _ => (int?)null };
        return port is not null && port != defaultPort ? $"{host}:{port}" : host;
    }
}
