using System.Globalization;
using BotoSharp.Clients;
using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// The IAM Identity Center bearer token of the profile's <c>sso_session</c>, botocore's <c>SSOTokenProvider</c>:
/// read from the SSO cache (<c>~/.aws/sso/cache/&lt;sha1(session name)&gt;.json</c>) and, within 15 minutes of
/// expiry, renewed with <c>sso-oidc:CreateToken</c> (refresh-token grant, while the client registration is
/// valid) and written back to the same file. A failed renewal keeps the cached token until it expires.
/// </summary>
public sealed class SSOTokenProvider : TokenProvider
{
    private static readonly string[] s_requiredSessionKeys = ["sso_start_url", "sso_region"];
    private static readonly string[] s_refreshKeys = ["refreshToken", "clientId", "clientSecret", "registrationExpiresAt"];
    private static readonly TimeSpan s_refreshWindow = TimeSpan.FromMinutes(15);

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly TimeProvider _timeProvider;
    private readonly CredentialClientCreator _clientCreator;
    private readonly SSOTokenLoader _tokenLoader;
    private (string SessionName, string Region, string StartUrl)? _ssoConfig;
    private bool _ssoConfigLoaded;
    private BaseClient? _client;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile whose <c>sso_session</c> is used.</param>
    /// <param name="cacheDirectory">The SSO cache folder (<c>~/.aws/sso/cache</c> by default).</param>
    /// <param name="timeProvider">The clock expiry is measured against.</param>
    /// <param name="clientCreator">Creates the sso-oidc client (a default session's by default).</param>
    public SSOTokenProvider(Func<CredentialConfigView> loadConfig, string profileName, string cacheDirectory, TimeProvider? timeProvider = null,
        CredentialClientCreator? clientCreator = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        ArgumentNullException.ThrowIfNull(cacheDirectory);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _clientCreator = clientCreator ?? CredentialClientCreators.DefaultSession();
        // botocore writes this cache with its own dumps: times as %Y-%m-%dT%H:%M:%SZ.
        _tokenLoader = new SSOTokenLoader(new JsonFileCache(cacheDirectory, t => CredentialTime.FormatUtc(t)));
    }

    /// <summary>The default cache folder under a home folder.</summary>
    public static string DefaultCacheDirectory(string home) => Path.Combine(home, ".aws", "sso", "cache");

    /// <summary>The cache file name for an sso-session name: its SHA-1 in lower-case hex plus <c>.json</c>.</summary>
    public static string CacheFileName(string sessionName) => SSOTokenLoader.CacheKey(sessionName, sessionName) + ".json";

    /// <inheritdoc/>
    public override string Method => "sso";

    /// <inheritdoc/>
    /// <exception cref="InvalidConfigError">The profile names an sso-session that is missing or incomplete.</exception>
    public override AuthToken? LoadToken(string? signingName = null)
    {
        if (!_ssoConfigLoaded)
        {
            _ssoConfig = LoadSsoConfig();
            _ssoConfigLoaded = true;
        }
        return _ssoConfig is null ? null : new DeferredRefreshableToken(Method, RefresherAsync, _timeProvider);
    }

    private (string, string, string)? LoadSsoConfig()
    {
        var config = _loadConfig();
        var profile = config.GetProfile(_profileName);
        if (!profile.ContainsKey("sso_session"))
        {
            return null;
        }
        var sessionName = CredentialConfigView.GetString(profile, "sso_session") ?? string.Empty;
        var session = config.GetSsoSession(sessionName);
        if (session is null || session.Count == 0)
        {
            throw new InvalidConfigError(
                $"The profile \"{_profileName}\" is configured to use the SSO token provider but the \"{sessionName}\" sso_session configuration does not exist.");
        }
        var missing = s_requiredSessionKeys.Where(k => !session.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidConfigError(
                $"The profile \"{_profileName}\" is configured to use the SSO token provider but is missing the following configuration: "
                + "[" + string.Join(", ", missing.Select(m => $"'{m}'")) + "].");
        }
        return (sessionName, CredentialConfigView.GetString(session, "sso_region")!, CredentialConfigView.GetString(session, "sso_start_url")!);
    }

    private async Task<FrozenAuthToken> RefresherAsync(CancellationToken cancellationToken)
    {
        var (sessionName, _, startUrl) = _ssoConfig!.Value;
        var token = _tokenLoader.Load(startUrl, sessionName);
        var expiration = ParseTime(token["expiresAt"], startUrl, "expiresAt");
        if (expiration - _timeProvider.GetUtcNow() < s_refreshWindow
            && await RefreshAccessTokenAsync(token, cancellationToken).ConfigureAwait(false) is { } renewed)
        {
            token = renewed;
            expiration = (DateTimeOffset)renewed["expiresAt"]!;
            _tokenLoader.SaveToken(startUrl, token, sessionName);
        }
        return new FrozenAuthToken(token["accessToken"] as string ?? string.Empty, expiration);
    }

    private async Task<Dictionary<string, object?>?> RefreshAccessTokenAsync(Dictionary<string, object?> token, CancellationToken cancellationToken)
    {
        var (_, _, startUrl) = _ssoConfig!.Value;
        if (s_refreshKeys.Any(k => !token.ContainsKey(k))
            || ParseTime(token["registrationExpiresAt"], startUrl, "registrationExpiresAt") - _timeProvider.GetUtcNow() <= TimeSpan.Zero)
        {
            return null;
        }
        try
        {
            return await CreateTokenAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientError)
        {
            // botocore logs the failed attempt and keeps the cached token.
            return null;
        }
    }

    private async Task<Dictionary<string, object?>> CreateTokenAsync(Dictionary<string, object?> token, CancellationToken cancellationToken)
    {
        var (_, region, startUrl) = _ssoConfig!.Value;
        _client ??= _clientCreator("sso-oidc", new CredentialClientOptions
        {
            Config = new ClientConfig { RegionName = region, SignatureVersion = ClientConfig.Unsigned },
        });
        var response = await CredentialClientCreators.InvokeAsync(_client, "CreateToken", new Dictionary<string, object?>
        {
            ["grantType"] = "refresh_token",
            ["clientId"] = token["clientId"],
            ["clientSecret"] = token["clientSecret"],
            ["refreshToken"] = token["refreshToken"],
        }, cancellationToken).ConfigureAwait(false);
        var expiresIn = Convert.ToInt64(response["expiresIn"], CultureInfo.InvariantCulture);
        var renewed = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["startUrl"] = startUrl,
            ["region"] = region,
            ["accessToken"] = response["accessToken"],
            ["expiresAt"] = _timeProvider.GetUtcNow() + TimeSpan.FromSeconds(expiresIn),
            ["clientId"] = token["clientId"],
            ["clientSecret"] = token["clientSecret"],
            ["registrationExpiresAt"] = token["registrationExpiresAt"],
        };
        if (response.TryGetValue("refreshToken", out var refreshToken))
        {
            renewed["refreshToken"] = refreshToken;
        }
        return renewed;
    }

    // botocore lets dateutil's ParserError escape; the typed error names the token and the field.
    private static DateTimeOffset ParseTime(object? value, string startUrl, string field) =>
        value as DateTimeOffset? ?? CredentialTime.ParseOrNull(value as string ?? string.Empty)
            ?? throw new SSOTokenLoadError($"Token for {startUrl} has an invalid {field}: {value}");
}
