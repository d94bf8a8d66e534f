using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// IAM Identity Center (SSO) role credentials, botocore's <c>SSOProvider</c>. Triggered by <c>sso_role_name</c>
/// or <c>sso_account_id</c>; the configuration checks (sso-session existence and consistency, required keys) are
/// botocore's. The returned credentials call <c>sso:GetRoleCredentials</c> on first use and near expiry.
/// </summary>
public sealed class SSOProvider : CredentialProvider
{
    /// <summary>The method name, <c>sso</c>.</summary>
    public const string MethodName = "sso";

    private static readonly string[] s_profileRequired = ["sso_role_name", "sso_account_id"];
    private static readonly string[] s_allRequired = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"];

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly CredentialClientCreator _clientCreator;
    private readonly ICredentialCache _tokenCache;
    private readonly TokenProvider? _tokenProvider;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile to read.</param>
    /// <param name="clientCreator">Creates the SSO client (a default session's by default).</param>
    /// <param name="cache">Where role credentials are kept (in-memory by default).</param>
    /// <param name="tokenCache">The SSO token cache (<c>~/.aws/sso/cache</c> of the user's home by default).</param>
    /// <param name="tokenProvider">The sso-session token provider (refreshes through sso-oidc).</param>
    /// <param name="timeProvider">The clock.</param>
    public SSOProvider(Func<CredentialConfigView> loadConfig, string profileName, CredentialClientCreator? clientCreator = null,
        ICredentialCache? cache = null, ICredentialCache? tokenCache = null, TokenProvider? tokenProvider = null, TimeProvider? timeProvider = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _clientCreator = clientCreator ?? CredentialClientCreators.DefaultSession();
        Cache = cache ?? new InMemoryCredentialCache();
        _tokenCache = tokenCache ?? new JsonFileCache(SSOTokenProvider.DefaultCacheDirectory(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        _tokenProvider = tokenProvider;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Where role credentials are kept, botocore's <c>cache</c> attribute.</summary>
    public ICredentialCache Cache { get; set; }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        var config = _loadConfig();
        var profile = config.GetProfile(_profileName);
        if (s_profileRequired.All(k => !profile.ContainsKey(k)))
        {
            return null;
        }
        var (resolved, extra) = ResolveSessionReference(profile, config);
        var missing = s_allRequired.Concat(extra).Where(k => !resolved.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidConfigError(
                $"The profile \"{_profileName}\" is configured to use SSO but is missing required configuration: {string.Join(", ", missing)}");
        }
        var sessionName = extra.Length > 0 ? CredentialConfigView.GetString(resolved, "sso_session") : null;
        var fetcher = new SSOCredentialFetcher(Get(resolved, "sso_start_url"), Get(resolved, "sso_region"), Get(resolved, "sso_role_name"),
            Get(resolved, "sso_account_id"), _clientCreator, new SSOTokenLoader(_tokenCache), Cache,
            tokenProvider: sessionName is null ? null : _tokenProvider, ssoSessionName: sessionName, timeProvider: _timeProvider);
        return new DeferredRefreshableCredentials(fetcher.FetchCredentialsAsync, MethodName, _timeProvider);
    }

    private static string Get(IReadOnlyDictionary<string, object?> config, string key) => CredentialConfigView.GetString(config, key) ?? string.Empty;

    private static (IReadOnlyDictionary<string, object?> Config, string[] Extra) ResolveSessionReference(
        IReadOnlyDictionary<string, object?> profile, CredentialConfigView config)
    {
        if (!profile.TryGetValue("sso_session", out var nameValue) || nameValue is not string name)
        {
            return (profile, []);
        }
        if (config.GetSsoSession(name) is not { } session)
        {
            throw new InvalidConfigError($"The specified sso-session does not exist: \"{name}\"");
        }
        var merged = new Dictionary<string, object?>(profile, StringComparer.Ordinal);
        foreach (var (key, value) in session)
        {
            if (merged.TryGetValue(key, out var existing) && !Equals(existing, value))
            {
                throw new InvalidConfigError(
                    $"The value for {key} is inconsistent between profile ({existing}) and sso-session ({value}).");
            }
            merged[key] = value;
        }
        return (merged, ["sso_session"]);
    }
}
