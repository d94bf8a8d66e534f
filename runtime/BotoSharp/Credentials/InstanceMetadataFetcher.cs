using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Fetches role credentials from the EC2 instance metadata service, botocore's <c>InstanceMetadataFetcher</c>:
/// an IMDSv2 token first (falling back to v1 on 403/404/405, a read timeout or exhausted attempts, giving up on
/// 400), then the role name, then the role's credentials. A result of <see langword="null"/> means no credentials.
/// </summary>
public sealed partial class InstanceMetadataFetcher : IDisposable
{
    private const string DefaultBaseUrl = "http://169.254.169.254/";
    private const string Ipv6BaseUrl = "http://[fd00:ec2::254]/";
    private const string TokenPath = "latest/api/token";
    private const string CredentialsPath = "latest/meta-data/iam/security-credentials/";
    private static readonly string[] s_requiredFields = ["AccessKeyId", "SecretAccessKey", "Token", "Expiration"];

    private readonly InstanceMetadataOptions _options;
    private readonly bool _disabled;
    private readonly MetadataHttp _http;
    private readonly TimeProvider _timeProvider;
    private readonly Func<int, int, int> _jitter;

    /// <summary>Creates the fetcher; the environment decides <c>AWS_EC2_METADATA_DISABLED</c> once, here.</summary>
    /// <exception cref="InvalidIMDSEndpointError">The chosen endpoint is not a valid URI.</exception>
    public InstanceMetadataFetcher(InstanceMetadataOptions? options, IReadOnlyDictionary<string, string> environment,
        TimeProvider? timeProvider = null, Func<int, int, int>? jitter = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _options = options ?? new InstanceMetadataOptions();
        BaseUrl = SelectBaseUrl(_options);
        _disabled = environment.TryGetValue("AWS_EC2_METADATA_DISABLED", out var disabled)
            && string.Equals(disabled, "true", StringComparison.OrdinalIgnoreCase);
        _http = new MetadataHttp(_options.Timeout);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _jitter = jitter ?? ((min, max) => Random.Shared.Next(min, max + 1));
    }

    /// <summary>The endpoint requests go to.</summary>
    public string BaseUrl { get; }

    /// <summary>Fetches the role credentials, or <see langword="null"/> when there are none.</summary>
    /// <exception cref="MetadataRetrievalError">No token could be had and IMDSv1 is disabled.</exception>
    public async Task<CredentialMetadata?> RetrieveIamRoleCredentialsAsync(CancellationToken cancellationToken = default)
    {
        if (_disabled)
        {
            return null;
        }
        try
        {
            var token = await FetchTokenAsync(cancellationToken).ConfigureAwait(false);
            var roleName = await GetAsync(CredentialsPath, token, validJson: false, cancellationToken).ConfigureAwait(false);
            var body = await GetAsync(CredentialsPath + roleName, token, validJson: true, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            var credentials = document.RootElement;
            if (credentials.ValueKind != JsonValueKind.Object || s_requiredFields.Any(f => !credentials.TryGetProperty(f, out _)))
            {
                // A 200 carrying {"Code", "Message"} (e.g. EC2 not a trusted entity) means no credentials, not a retry.
                return null;
            }
            return new CredentialMetadata(Text(credentials, "AccessKeyId"), Text(credentials, "SecretAccessKey"),
                Text(credentials, "Token"), EvaluateExpiration(Text(credentials, "Expiration")));
        }
        catch (ImdsGiveUpException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<string?> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var headers = WithUserAgent(new Dictionary<string, string> { ["x-aws-ec2-metadata-token-ttl-seconds"] = "21600" });
        for (var i = 0; i < _options.NumAttempts; i++)
        {
            try
            {
                var (status, body) = await _http.SendAsync(HttpMethod.Put, Url(TokenPath), headers, cancellationToken).ConfigureAwait(false);
                if (status == HttpStatusCode.OK)
                {
                    return body;
                }
                if (status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed)
                {
                    return null;
                }
                if (status == HttpStatusCode.BadRequest)
                {
                    throw new ImdsGiveUpException();
                }
            }
            catch (MetadataReadTimeoutException)
            {
                return null;
            }
            catch (MetadataConnectException)
            {
                // Retried, as botocore retries connection errors.
            }
        }
        return null;
    }

    private async Task<string> GetAsync(string path, string? token, bool validJson, CancellationToken cancellationToken)
    {
        if (token is null && _options.V1Disabled)
        {
            throw new MetadataRetrievalError("Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled");
        }
        var headers = new Dictionary<string, string>();
        if (token is not null)
        {
            headers["x-aws-ec2-metadata-token"] = token;
        }
        WithUserAgent(headers);
        for (var i = 0; i < _options.NumAttempts; i++)
        {
            try
            {
                var (status, body) = await _http.SendAsync(HttpMethod.Get, Url(path), headers, cancellationToken).ConfigureAwait(false);
                if (status == HttpStatusCode.OK && body.Length > 0 && (!validJson || IsJson(body)))
                {
                    return body;
                }
            }
            catch (IOException e) when (e is MetadataConnectException or MetadataReadTimeoutException)
            {
                // Retried: botocore treats connect errors and read timeouts alike here.
            }
        }
        throw new ImdsGiveUpException();
    }

    /// <summary>
    /// Static stability: if now is within the refresh window plus 2–10 minutes of jitter of the expiry (or past
    /// it), the expiry is moved to now plus that offset so an outage of IMDS does not stop the application.
    /// </summary>
    private string EvaluateExpiration(string expiration)
    {
        if (!DateTime.TryParseExact(expiration, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return expiration;
        }
        var offset = _options.CredentialRefreshWindow + TimeSpan.FromSeconds(_jitter(120, 600));
        var now = _timeProvider.GetUtcNow();
        var expiry = new DateTimeOffset(parsed, TimeSpan.Zero);
        return now >= expiry - offset ? CredentialTime.FormatUtc(now + offset) : expiration;
    }

    private Dictionary<string, string> WithUserAgent(Dictionary<string, string> headers)
    {
        if (_options.UserAgent is not null)
        {
            headers["User-Agent"] = _options.UserAgent;
        }
        return headers;
    }

    private string Url(string path) => BaseUrl.EndsWith('/') ? BaseUrl + path : BaseUrl + "/" + path;

    private static string Text(JsonElement element, string name)
    {
        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string SelectBaseUrl(InstanceMetadataOptions options)
    {
        var chosen = !string.IsNullOrEmpty(options.Endpoint) ? options.Endpoint
            : options.EndpointMode == "ipv6" ? Ipv6BaseUrl
            : DefaultBaseUrl;
        return IsValidUri(chosen) ? chosen : throw new InvalidIMDSEndpointError(chosen);
    }

    /// <summary>botocore's <c>is_valid_uri</c>: a DNS-style or IPv4 host, or a bracketed IPv6 address, and no tab/CR/LF.</summary>
    internal static bool IsValidUri(string url)
    {
        if (url.IndexOfAny(['\t', '\r', '\n']) >= 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return false;
        }
        if (uri.HostNameType == UriHostNameType.IPv6)
        {
            return true;
        }
        var host = uri.Host.EndsWith('.') ? uri.Host[..^1] : uri.Host;
        return host.Length <= 255 && HostPattern().IsMatch(host);
    }

    [GeneratedRegex(@"^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))$", RegexOptions.IgnoreCase)]
    private static partial Regex HostPattern();
}
