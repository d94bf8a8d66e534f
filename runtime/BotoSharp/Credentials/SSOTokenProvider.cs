using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// The IAM Identity Center bearer token of the profile's <c>sso_session</c>, read from the SSO cache
/// (<c>~/.aws/sso/cache/&lt;sha1(session name)&gt;.json</c>), botocore's <c>SSOTokenProvider</c>. Refreshing
/// through <c>sso-oidc:CreateToken</c> needs a generated client that does not exist yet; until then a refresh
/// attempt counts as failed, so a valid cached token is used to its end and an expired one raises
/// <see cref="TokenRetrievalError"/>.
/// </summary>
public sealed class SSOTokenProvider : TokenProvider
{
    private static readonly string[] s_requiredSessionKeys = ["sso_start_url", "sso_region"];

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly string _cacheDirectory;
    private readonly TimeProvider _timeProvider;
    private (string SessionName, string Region, string StartUrl)? _ssoConfig;
    private bool _ssoConfigLoaded;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile whose <c>sso_session</c> is used.</param>
    /// <param name="cacheDirectory">The SSO cache folder (<c>~/.aws/sso/cache</c> by default).</param>
    /// <param name="timeProvider">The clock expiry is measured against.</param>
    public SSOTokenProvider(Func<CredentialConfigView> loadConfig, string profileName, string cacheDirectory, TimeProvider? timeProvider = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _cacheDirectory = cacheDirectory ?? throw new ArgumentNullException(nameof(cacheDirectory));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The default cache folder under a home folder.</summary>
    public static string DefaultCacheDirectory(string home) => Path.Combine(home, ".aws", "sso", "cache");

    /// <summary>The cache file name for an sso-session name: its SHA-1 in lower-case hex plus <c>.json</c>.</summary>
    public static string CacheFileName(string sessionName) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(sessionName))).ToLowerInvariant() + ".json";

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
        return _ssoConfig is null ? null : new DeferredRefreshableToken(Method, Refresher, _timeProvider);
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

    private FrozenAuthToken Refresher()
    {
        var (sessionName, _, startUrl) = _ssoConfig!.Value;
        using var token = LoadCachedToken(sessionName, startUrl);
        var root = token.RootElement;
        var accessToken = root.GetProperty("accessToken").GetString() ?? string.Empty;
        var expiresAtText = root.GetProperty("expiresAt").GetString() ?? string.Empty;
        var expiration = CredentialTime.ParseOrNull(expiresAtText)
            ?? throw new SSOTokenLoadError($"Token for {startUrl} has an invalid expiresAt: {expiresAtText}");
        // Within 15 minutes of expiry botocore would call sso-oidc:CreateToken; that client does not exist yet,
        // so the cached token is returned as is and DeferredRefreshableToken rejects it once it has expired.
        return new FrozenAuthToken(accessToken, expiration);
    }

    private JsonDocument LoadCachedToken(string sessionName, string startUrl)
    {
        var path = Path.Combine(_cacheDirectory, CacheFileName(sessionName));
        if (!File.Exists(path))
        {
            throw new SSOTokenLoadError($"Token for {sessionName} does not exist");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // botocore lets a KeyError escape for an unreadable cache entry; the typed error says which token.
            throw new SSOTokenLoadError($"Token for {sessionName} could not be read: {e.Message}", e);
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !IsString(root, "accessToken") || !IsString(root, "expiresAt"))
        {
            document.Dispose();
            throw new SSOTokenLoadError($"Token for {startUrl} is invalid");
        }
        return document;
    }

    private static bool IsString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;
}
