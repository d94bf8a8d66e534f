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
        var buffer = new PooledCharBuffer(512);
        try
        {
            WriteCanonicalRequest(request, ref buffer);
            return new string(buffer.Written);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    // The canonical request written into one buffer; the signed-header list is kept for the Authorization header.
    private void WriteCanonicalRequest(AwsRequest request, ref PooledCharBuffer buffer)
    {
        var url = UrlParts.Split(request.Url);
        // The thread's list: the sorted copy below is all the canonical request needs past this line.
        var toSign = t_headersToSign ??= new List<KeyValuePair<string, string>>(16);
        toSign.Clear();
        AddHeadersToSign(request, url, toSign);
        var headers = new SortedSigningHeaders(toSign);
        toSign.Clear();
        try
        {
            foreach (var c in request.Method)
            {
                buffer.Append(char.ToUpperInvariant(c));
            }
            buffer.Append('\n');
            buffer.Append(CanonicalPath(url.Path));
            buffer.Append('\n');
            WriteCanonicalQueryString(url.Query, ref buffer);
            buffer.Append('\n');
            WriteCanonicalHeaders(headers, ref buffer);
            buffer.Append("\n\n");
            var signedStart = buffer.Length;
            WriteSignedHeaders(headers, ref buffer);
            _signedHeaders = SignedHeaderText(buffer.Written[signedStart..]);
            buffer.Append('\n');
            buffer.Append(request.Headers.TryGetValue("X-Amz-Content-SHA256", out var declared) ? declared : Payload(request));
        }
        finally
        {
            headers.Dispose();
        }
    }

    /// <summary>
    /// Non-S3 services: remove dot segments, then percent-encode again (safe <c>/~</c>), so an already-encoded path
    /// is encoded twice, as the SigV4 spec asks. S3 overrides this to sign the path as-is.
    /// </summary>
    protected virtual string CanonicalPath(string path) => AwsUriEncoding.Quote(AwsUriEncoding.NormalizeUrlPath(path), "/~");

    /// <summary>The URL's query pairs, split on <c>&amp;</c> and <c>=</c> without decoding, sorted by key then value.</summary>
    protected static string CanonicalQueryString(string query)
    {
        var buffer = new PooledCharBuffer(Math.Max(query.Length, 16));
        try
        {
            WriteCanonicalQueryString(query, ref buffer);
            return new string(buffer.Written);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static void WriteCanonicalQueryString(string query, ref PooledCharBuffer buffer)
    {
        if (query.Length == 0)
        {
            return;
        }
        var pairs = new List<(string Key, string Value)>();
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(eq >= 0 ? (pair[..eq], pair[(eq + 1)..]) : (pair, string.Empty));
        }
        pairs.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append('&');
            }
            buffer.Append(pairs[i].Key);
            buffer.Append('=');
            buffer.Append(pairs[i].Value);
        }
    }

    /// <summary>The headers that take part in the signature, lower-cased, in request order, with <c>host</c> added from the URL.</summary>
    protected static List<KeyValuePair<string, string>> HeadersToSign(AwsRequest request) => HeadersToSign(request, null);

    private static List<KeyValuePair<string, string>> HeadersToSign(AwsRequest request, UrlParts? url)
    {
        var result = new List<KeyValuePair<string, string>>(request.Headers.Count + 1);
        AddHeadersToSign(request, url, result);
        return result;
    }

    [ThreadStatic]
    private static List<KeyValuePair<string, string>>? t_headersToSign;

    private static void AddHeadersToSign(AwsRequest request, UrlParts? url, List<KeyValuePair<string, string>> result)
    {
        var hasHost = false;
        foreach (var (name, value) in request.Headers)
        {
            var lower = SortedSigningHeaders.LowerName(name);
            if (s_unsignedHeaders.Contains(lower))
            {
                continue;
            }
            hasHost |= lower == "host";
            result.Add(new(lower, value));
        }
        if (!hasHost)
        {
            result.Add(new("host", HostFromUrl(url ?? UrlParts.Split(request.Url))));
        }
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
    private static void WriteCanonicalHeaders(SortedSigningHeaders headers, ref PooledCharBuffer buffer)
    {
        string? previous = null;
        for (var i = 0; i < headers.Count; i++)
        {
            var entry = headers[i];
            if (entry.Name == previous)
            {
                buffer.Append(',');
            }
            else
            {
                if (previous is not null)
                {
                    buffer.Append('\n');
                }
                buffer.Append(entry.Name);
                buffer.Append(':');
                previous = entry.Name;
            }
            buffer.Append(CollapseWhitespace(entry.Value));
        }
    }

    // Sorted distinct names joined by ';' (names with white space at an end go the long way, trimmed then sorted).
    private static void WriteSignedHeaders(SortedSigningHeaders headers, ref PooledCharBuffer buffer)
    {
        if (headers.AnyNameNeedsTrim())
        {
            var list = new List<KeyValuePair<string, string>>(headers.Count);
            for (var i = 0; i < headers.Count; i++)
            {
                list.Add(new(headers[i].Name, headers[i].Value));
            }
            buffer.Append(SignedHeaders(list));
            return;
        }
        string? previous = null;
        for (var i = 0; i < headers.Count; i++)
        {
            var entry = headers[i];
            if (entry.Name != previous)
            {
                if (previous is not null)
                {
                    buffer.Append(';');
                }
                buffer.Append(entry.Name);
                previous = entry.Name;
            }
        }
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
        // Inside, only a single space may stand between two other characters; a vectorized search jumps between them.
        var inside = value.AsSpan(1, Math.Max(0, value.Length - 2));
        for (var at = inside.IndexOfAny(s_whitespaceSearch); at >= 0;)
        {
            if (inside[at] != ' ' || value[at + 2] == ' ')
            {
                return false;
            }
            var next = inside[(at + 1)..].IndexOfAny(s_whitespaceSearch);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }

    private static readonly SearchValues<char> s_whitespaceSearch = SearchValues.Create(
        " \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000");

    private static readonly char[] s_whitespace =
        { ' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u2028', '\u2029', '\u3000' };

    /// <summary>Host header value from a URL: lower-case, user info dropped, default port dropped, IPv6 bracketed.</summary>
    internal static string HostFromUrl(string url) => HostFromUrl(UrlParts.Split(url));

    private static string HostFromUrl(UrlParts parts)
    {
        var host = parts.IsIPv6 ? "[" + parts.Host + "]" : parts.Host;
        var port = parts.Port;
        var defaultPort = parts.Scheme switch { "http" => 80, "https" => 443, _ => (int?)null };
        return port is not null && port != defaultPort ? $"{host}:{port}" : host;
    }

    // The signed-header list is the same text call after call for an operation: the thread's last one is reused.
    [ThreadStatic]
    private static string? t_lastSignedHeaders;

    private static string SignedHeaderText(ReadOnlySpan<char> written)
    {
        var last = t_lastSignedHeaders;
        if (last is not null && written.SequenceEqual(last))
        {
            return last;
        }
        return t_lastSignedHeaders = new string(written);
    }
}
