using System.Net;
using System.Text.Json;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Fetches JSON from the container credentials endpoint, botocore's <c>ContainerMetadataFetcher</c>: GET with
/// <c>Accept: application/json</c>, a 2 second timeout, and 3 attempts with a 1 second pause after each failure.
/// Plain-http full URIs are only allowed to loopback addresses and the ECS/EKS link-local hosts.
/// </summary>
public sealed class ContainerMetadataFetcher : IDisposable
{
    /// <summary>The ECS task metadata address relative URIs are resolved against.</summary>
    public const string IpAddress = "169.254.170.2";

    private const int RetryAttempts = 3;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_sleepTime = TimeSpan.FromSeconds(1);
    private static readonly string[] s_allowedHosts = [IpAddress, "169.254.170.23", "fd00:ec2::23", "localhost"];

    private readonly MetadataHttp _http;
    private readonly Func<TimeSpan, CancellationToken, Task> _sleep;

    /// <summary>Creates a fetcher; <paramref name="sleep"/> replaces the pause between attempts (tests).</summary>
    public ContainerMetadataFetcher(Func<TimeSpan, CancellationToken, Task>? sleep = null)
        : this(s_timeout, sleep)
    {
    }

    /// <summary>Creates a fetcher with another timeout, so tests can provoke one quickly.</summary>
    internal ContainerMetadataFetcher(TimeSpan timeout, Func<TimeSpan, CancellationToken, Task>? sleep)
    {
        Timeout = timeout;
        _http = new MetadataHttp(timeout);
        _sleep = sleep ?? Task.Delay;
    }

    /// <summary>The connect and read timeout of each attempt (botocore: 2 seconds).</summary>
    internal TimeSpan Timeout { get; }

    /// <summary>The full URL for a relative URI: <c>http://169.254.170.2</c> + the URI.</summary>
    public static string FullUrl(string relativeUri) => "http://" + IpAddress + relativeUri;

    /// <summary>Checks the host is allowed, then fetches and parses the JSON document at <paramref name="fullUrl"/>.</summary>
    /// <exception cref="InvalidConfigError">The URL is not https and its host is not allowed (botocore: <c>ValueError</c>).</exception>
    /// <exception cref="MetadataRetrievalError">Every attempt failed.</exception>
    public async Task<JsonElement> RetrieveFullUriAsync(string fullUrl, IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken = default)
    {
        ValidateAllowedUrl(fullUrl);
        var allHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Accept"] = "application/json" };
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                allHeaders[name] = value;
            }
        }
        var attempts = 0;
        while (true)
        {
            try
            {
                return await GetResponseAsync(fullUrl, allHeaders, cancellationToken).ConfigureAwait(false);
            }
            catch (MetadataRetrievalError)
            {
                // botocore pauses after every failed attempt, the last one included.
                await _sleep(s_sleepTime, cancellationToken).ConfigureAwait(false);
                attempts++;
                if (attempts >= RetryAttempts)
                {
                    throw;
                }
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> GetResponseAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        HttpStatusCode status;
        string body;
        try
        {
            (status, body) = await _http.SendAsync(HttpMethod.Get, url, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e is MetadataConnectException or MetadataReadTimeoutException)
        {
            throw new MetadataRetrievalError($"Received error when attempting to retrieve container metadata: {e.Message}", e);
        }
        if (status != HttpStatusCode.OK)
        {
            throw new MetadataRetrievalError($"Received non 200 response {(int)status} from container metadata: {body}");
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new MetadataRetrievalError("Unable to parse JSON returned from container metadata services", e);
        }
    }

    /// <summary>Raises unless the URL is https, a loopback address or one of the allowed container hosts.</summary>
    /// <exception cref="InvalidConfigError">The URL is not allowed.</exception>
    internal static void ValidateAllowedUrl(string fullUrl)
    {
        if (!Uri.TryCreate(fullUrl, UriKind.Absolute, out var uri))
        {
            throw new InvalidConfigError($"Unsupported container credentials URI '{fullUrl}'.");
        }
        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }
        var host = uri.Host.Trim('[', ']').ToLowerInvariant();
        if (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip))
        {
            return;
        }
        if (!s_allowedHosts.Contains(host, StringComparer.Ordinal))
        {
            throw new InvalidConfigError(
                $"Unsupported host '{host}'.  Can only retrieve metadata from a loopback address or one of these hosts: {string.Join(", ", s_allowedHosts)}");
        }
    }
}
