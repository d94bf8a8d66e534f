using System.Globalization;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>ResponseMetadata</c> of one call, as every typed output carries it: the request and host ids, the
/// HTTP status and headers, and how many retries the call took.
/// </summary>
public sealed class ResponseMetadata
{
    // The typed path creates the metadata before the body is read and completes it as the call goes on.
    private string? _requestId;
    private string? _hostId;
    private int _retryAttempts;
    private bool _maxAttemptsReached;

    /// <summary>The request id the service assigned (<c>RequestId</c>).</summary>
    public string? RequestId { get => _requestId; init => _requestId = value; }

    /// <summary>S3's extended request id (<c>HostId</c>).</summary>
    public string? HostId { get => _hostId; init => _hostId = value; }

    /// <summary>The HTTP status code of the final response (<c>HTTPStatusCode</c>).</summary>
    public int HttpStatusCode { get; init; }

    /// <summary>The final response's headers, lower-case names (<c>HTTPHeaders</c>).</summary>
    public IReadOnlyDictionary<string, string> HttpHeaders
    {
        get => _httpHeaders ?? MaterializeHeaders();
        init => _httpHeaders = value;
    }

    // The typed path keeps the response's headers and builds HttpHeaders only when someone reads it.
    private IReadOnlyDictionary<string, string>? _httpHeaders;
    private Protocols.HeaderCollection? _headerSource;

    /// <summary>Retries made before the final response, not attempts (<c>RetryAttempts</c>).</summary>
    public int RetryAttempts { get => _retryAttempts; init => _retryAttempts = value; }

    /// <summary>Whether the retries stopped at the attempt limit (<c>MaxAttemptsReached</c>).</summary>
    public bool MaxAttemptsReached { get => _maxAttemptsReached; init => _maxAttemptsReached = value; }

    /// <summary>Reads <c>ResponseMetadata</c> from a parsed response; null when it has none.</summary>
    public static ResponseMetadata? From(IReadOnlyDictionary<string, object?> parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!parsed.TryGetValue("ResponseMetadata", out var value) || value is not IDictionary<string, object?> metadata)
        {
            return null;
        }
        metadata.TryGetValue("HTTPHeaders", out var found);
        var raw = found as System.Collections.IDictionary;
        var headers = new Dictionary<string, string>(raw?.Count ?? 0, StringComparer.OrdinalIgnoreCase);
        if (found is Dictionary<string, object?> parsedHeaders)
        {
            // The parsers' own map, walked without a boxed entry per header.
            foreach (var (name, text) in parsedHeaders)
            {
                headers[name] = Convert.ToString(text, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
        else if (raw is { } map)
        {
            foreach (System.Collections.DictionaryEntry entry in map)
            {
                headers[(string)entry.Key] = Convert.ToString(entry.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }
        return new ResponseMetadata
        {
            RequestId = metadata.TryGetValue("RequestId", out var id) ? id as string : null,
            HostId = metadata.TryGetValue("HostId", out var host) ? host as string : null,
            HttpStatusCode = Number(metadata, "HTTPStatusCode"),
            HttpHeaders = headers,
            RetryAttempts = Number(metadata, "RetryAttempts"),
            MaxAttemptsReached = metadata.TryGetValue("MaxAttemptsReached", out var reached) && reached is true,
        };
    }

    /// <summary>Metadata of a typed read whose <see cref="HttpHeaders"/> are built from <paramref name="headers"/> on first read.</summary>
    internal static ResponseMetadata Over(int statusCode, Protocols.HeaderCollection headers) =>
        new() { HttpStatusCode = statusCode, _headerSource = headers };

    // Lower-case names, any-case lookups; two readers racing build equal maps and one of them is kept.
    private IReadOnlyDictionary<string, string> MaterializeHeaders()
    {
        var map = new Dictionary<string, string>(_headerSource?.Count ?? 0, StringComparer.OrdinalIgnoreCase);
        if (_headerSource is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                map[name.ToLowerInvariant()] = value;
            }
        }
        return Interlocked.CompareExchange(ref _httpHeaders, map, null) ?? map;
    }

    /// <summary>Sets the ids the typed reader found in the headers or the body.</summary>
    internal void SetIds(string? requestId, string? hostId)
    {
        _requestId = requestId;
        _hostId = hostId;
    }

    /// <summary>Sets <see cref="RetryAttempts"/> when the retry loop ends (typed path, no parsed dictionary built).</summary>
    internal void SetRetryAttempts(int retries) => _retryAttempts = retries;

    /// <summary>
    /// The parsed dictionary a typed success stands for, as the typed path hands it to the rows that still run:
    /// <c>{"ResponseMetadata": {RequestId?, HostId?, HTTPStatusCode, RetryAttempts once known}}</c>, keys in
    /// botocore's order, without <c>HTTPHeaders</c> (no row a typed read lets run reads them on a success: the S3
    /// region redirector does on errors and 3xx only, which are never read typed; <see cref="HttpHeaders"/> has them).
    /// </summary>
    internal Dictionary<string, object?> ToTypedSuccessParsed(bool withRetryAttempts)
    {
        // Room for the ids present, the status and RetryAttempts: exactly three slots on a JSON call (a dictionary's
        // buckets come in primes, and 4 asked for 7).
        var parsed = new Dictionary<string, object?>((_requestId is null ? 0 : 1) + (_hostId is null ? 0 : 1) + 2, StringComparer.Ordinal);
        if (_requestId is not null)
        {
            parsed["RequestId"] = _requestId;
        }
        if (_hostId is not null)
        {
            parsed["HostId"] = _hostId;
        }
        parsed["HTTPStatusCode"] = Stages.BoxedValues.OfStatus(HttpStatusCode);
        if (withRetryAttempts)
        {
            parsed["RetryAttempts"] = Stages.BoxedValues.OfLong(_retryAttempts);
        }
        return new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["ResponseMetadata"] = parsed };
    }

    /// <summary>Completes metadata read during an attempt with what the retry loop learned (typed path).</summary>
    internal void CompleteFrom(IReadOnlyDictionary<string, object?> parsed)
    {
        // Only the retry figures: a whole From() would copy the headers again.
        if (parsed.TryGetValue("ResponseMetadata", out var value) && value is IDictionary<string, object?> metadata)
        {
            _retryAttempts = Number(metadata, "RetryAttempts");
            _maxAttemptsReached = metadata.TryGetValue("MaxAttemptsReached", out var reached) && reached is true;
        }
    }

    /// <summary>The metadata as botocore's parsed dictionary holds it (for an output that keeps the dictionary).</summary>
    internal Dictionary<string, object?> ToParsed()
    {
        var metadata = new Dictionary<string, object?>(6, StringComparer.Ordinal);
        if (RequestId is not null)
        {
            metadata["RequestId"] = RequestId;
        }
        if (HostId is not null)
        {
            metadata["HostId"] = HostId;
        }
        metadata["HTTPStatusCode"] = (long)HttpStatusCode;
        metadata["HTTPHeaders"] = HttpHeaders.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        metadata["RetryAttempts"] = (long)RetryAttempts;
        if (MaxAttemptsReached)
        {
            metadata["MaxAttemptsReached"] = true;
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["ResponseMetadata"] = metadata };
    }

    private static int Number(IDictionary<string, object?> metadata, string key) =>
        metadata.TryGetValue(key, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
}
