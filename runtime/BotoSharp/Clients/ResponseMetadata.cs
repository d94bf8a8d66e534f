using System.Globalization;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>ResponseMetadata</c> of one call, as every typed output carries it: the request and host ids, the
/// HTTP status and headers, and how many retries the call took.
/// </summary>
public sealed class ResponseMetadata
{
    /// <summary>The request id the service assigned (<c>RequestId</c>).</summary>
    public string? RequestId { get; init; }

    /// <summary>S3's extended request id (<c>HostId</c>).</summary>
    public string? HostId { get; init; }

    /// <summary>The HTTP status code of the final response (<c>HTTPStatusCode</c>).</summary>
    public int HttpStatusCode { get; init; }

    /// <summary>The final response's headers, lower-case names (<c>HTTPHeaders</c>).</summary>
    public IReadOnlyDictionary<string, string> HttpHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Retries made before the final response, not attempts (<c>RetryAttempts</c>).</summary>
    public int RetryAttempts { get; init; }

    /// <summary>Whether the retries stopped at the attempt limit (<c>MaxAttemptsReached</c>).</summary>
    public bool MaxAttemptsReached { get; init; }

    /// <summary>Reads <c>ResponseMetadata</c> from a parsed response; null when it has none.</summary>
    public static ResponseMetadata? From(IReadOnlyDictionary<string, object?> parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!parsed.TryGetValue("ResponseMetadata", out var value) || value is not IDictionary<string, object?> metadata)
        {
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (metadata.TryGetValue("HTTPHeaders", out var raw) && raw is System.Collections.IDictionary map)
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

    private static int Number(IDictionary<string, object?> metadata, string key) =>
        metadata.TryGetValue(key, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;
}
