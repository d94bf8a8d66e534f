namespace BotoSharp.Auth;

/// <summary>
/// Console sign-in credentials (<c>login_session</c>, written by <c>aws login</c>), botocore's <c>LoginProvider</c>:
/// the cached credentials are returned as they are, even expired, and renewed through the sign-in service when
/// they reach the refresh windows. botocore needs <c>awscrt</c> for the DPoP key; .NET's ECDsa does the same work.
/// </summary>
public sealed class LoginProvider : CredentialProvider
{
    /// <summary>The method name, <c>login</c>.</summary>
    public const string MethodName = "login";

    private readonly Func<CredentialConfigView> _loadConfig;
    private readonly string _profileName;
    private readonly CredentialClientCreator _clientCreator;
    private readonly ICredentialCache _tokenCache;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the provider for one profile.</summary>
    /// <param name="loadConfig">Returns the session's full config.</param>
    /// <param name="profileName">The profile to read.</param>
    /// <param name="clientCreator">Creates the sign-in client (a default session's by default).</param>
    /// <param name="tokenCache">The login cache (<c>~/.aws/login/cache</c> of the user's home by default).</param>
    /// <param name="timeProvider">The clock.</param>
    public LoginProvider(Func<CredentialConfigView> loadConfig, string profileName, CredentialClientCreator? clientCreator = null,
        ICredentialCache? tokenCache = null, TimeProvider? timeProvider = null)
    {
        _loadConfig = loadConfig ?? throw new ArgumentNullException(nameof(loadConfig));
        _profileName = profileName ?? throw new ArgumentNullException(nameof(profileName));
        _clientCreator = clientCreator ?? CredentialClientCreators.DefaultSession();
        _tokenCache = tokenCache ?? new JsonFileCache(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aws", "login", "cache"));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override string Method => MethodName;

    /// <inheritdoc/>
    /// <exception cref="Errors.LoginTokenLoadError">The session is not in the cache or is incomplete.</exception>
    public override Credentials? Load()
    {
        if (CredentialConfigView.GetString(_loadConfig().GetProfile(_profileName), "login_session") is not { } sessionName)
        {
            return null;
        }
        var fetcher = new LoginCredentialFetcher(sessionName, new LoginTokenLoader(_tokenCache), _clientCreator, _timeProvider);
        var cached = fetcher.LoadCachedCredentials();
        return new RefreshableCredentials(cached.AccessKey, cached.SecretKey, cached.Token,
            cached.ExpiryTime is null ? null : CredentialTime.Parse(cached.ExpiryTime, MethodName), fetcher.RefreshCredentialsAsync, MethodName,
            _timeProvider, accountId: cached.AccountId);
    }
}
