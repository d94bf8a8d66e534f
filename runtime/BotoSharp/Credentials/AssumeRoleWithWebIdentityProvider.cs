using BotoSharp.Errors;

namespace BotoSharp.Auth;

/// <summary>
/// Web identity federation, botocore's <c>AssumeRoleWithWebIdentityProvider</c>. Settings come from
/// <c>AWS_WEB_IDENTITY_TOKEN_FILE</c> / <c>AWS_ROLE_ARN</c> / <c>AWS_ROLE_SESSION_NAME</c> before the profile
/// (unless env vars are disabled). The returned credentials call <c>sts:AssumeRoleWithWebIdentity</c> (unsigned,
/// the token file read again each time) on first use and near expiry.
/// </summary>
public sealed class AssumeRoleWithWebIdentityProvider : CredentialProvider
{
    /// <summary>The method name, <c>assume-role-with-web-identity</c>.</summary>
    public const string MethodName = "assume-role-with-web-identity";

    private static readonly Dictionary<string, string> s_envVars = new()
    {
        ["web_identity_token_file"] = "AWS_WEB_IDENTITY_TOKEN_FILE",
        ["role_session_name"] = "AWS_ROLE_SESSION_NAME",
        ["role_arn"] = "AWS_ROLE_ARN",
    };

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly bool _disableEnvVars;
    private readonly CredentialClientCreator _clientCreator;
    private readonly TimeProvider _timeProvider;
    private IReadOnlyDictionary<string, object?>? _profile;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile to read.</param>
    /// <param name="environment">The environment variables.</param>
    /// <param name="disableEnvVars">True when the profile was chosen explicitly (env settings are ignored).</param>
    /// <param name="clientCreator">Creates the STS client (a default session's by default).</param>
    /// <param name="cache">Where assumed credentials are kept (in-memory by default).</param>
    /// <param name="timeProvider">The clock.</param>
    public AssumeRoleWithWebIdentityProvider(Func<CredentialConfigView> loadConfig, string profileName,
        IReadOnlyDictionary<string, string> environment, bool disableEnvVars = false, CredentialClientCreator? clientCreator = null,
        ICredentialCache? cache = null, TimeProvider? timeProvider = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _environment = environment ?? throw new ArgumentNullException(nameof(environment));
        _disableEnvVars = disableEnvVars;
        _clientCreator = clientCreator ?? CredentialClientCreators.DefaultSession();
        Cache = cache ?? new InMemoryCredentialCache();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The cache checked before calling STS, botocore's <c>cache</c> attribute.</summary>
    public ICredentialCache Cache { get; set; }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    public override Credentials? Load()
    {
        var tokenPath = Get("web_identity_token_file");
        if (string.IsNullOrEmpty(tokenPath))
        {
            return null;
        }
        if (string.IsNullOrEmpty(Get("role_arn")))
        {
            // botocore's message, missing space included.
            throw new InvalidConfigError(
                "The provided profile or the current environment is configured to assume role with web identity but has no "
                + "role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.");
        }
        var extraArgs = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Get("role_session_name") is { } sessionName)
        {
            extraArgs["RoleSessionName"] = sessionName;
        }
        var fetcher = new AssumeRoleWithWebIdentityCredentialFetcher(_clientCreator, ReadTokenFile(tokenPath), Get("role_arn")!, extraArgs,
            Cache, timeProvider: _timeProvider);
        return new DeferredRefreshableCredentials(fetcher.FetchCredentialsAsync, MethodName, _timeProvider);
    }

    // Read as Python's text mode does (universal newlines). botocore lets the OSError of a missing or unreadable
    // token file escape; here it is a typed error.
    private static Func<CancellationToken, Task<string>> ReadTokenFile(string path) => async cancellationToken =>
    {
        try
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialRetrievalError(MethodName, $"Unable to read the web identity token file {path}: {e.Message}", e);
        }
    };

    private string? Get(string key)
    {
        if (!_disableEnvVars && _environment.TryGetValue(s_envVars[key], out var fromEnv))
        {
            return fromEnv;
        }
        _profile ??= _loadConfig().GetProfile(_profileName);
        return CredentialConfigView.GetString(_profile, key);
    }
}
