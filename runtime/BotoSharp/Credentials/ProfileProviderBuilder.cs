namespace BotoSharp.Auth;

/// <summary>
/// Builds the providers that read a profile, in botocore's order (web identity, SSO, shared credentials file,
/// login, credential process, config file); botocore's <c>ProfileProviderBuilder</c>. All share the chain's cache. Shared by the default chain
/// and by assume-role when it resolves a source profile.
/// </summary>
public sealed class ProfileProviderBuilder
{
    private readonly CredentialChainOptions _options;

    /// <summary>Creates a builder over the chain's inputs.</summary>
    public ProfileProviderBuilder(CredentialChainOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The profile providers for <paramref name="profileName"/>.</summary>
    public IReadOnlyList<CredentialProvider> Providers(string profileName, bool disableEnvVars = false)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var ssoCache = _options.SsoCacheDirectory ?? SSOTokenProvider.DefaultCacheDirectory(home);
        // SSO and login clients come from the plain creator (botocore passes session.create_client), STS from the
        // one that defaults the region.
        var creator = _options.ClientCreator ?? CredentialClientCreators.DefaultSession();
        return
        [
            new AssumeRoleWithWebIdentityProvider(_options.LoadFullConfig, profileName, _options.Environment, disableEnvVars,
                _options.StsClientCreator, _options.Cache, _options.TimeProvider),
            new SSOProvider(_options.LoadFullConfig, profileName, creator, _options.Cache, new JsonFileCache(ssoCache),
                new SSOTokenProvider(_options.LoadFullConfig, profileName, ssoCache, _options.TimeProvider, creator), _options.TimeProvider),
            new SharedCredentialProvider(_options.CredentialsFile, profileName, _options.RawParser),
            new LoginProvider(_options.LoadFullConfig, profileName, creator,
                new JsonFileCache(_options.LoginCacheDirectory ?? LoginTokenLoader.CacheDirectory(_options.Environment, home)), _options.TimeProvider),
            new ProcessProvider(profileName, _options.LoadFullConfig, _options.TimeProvider),
            new ConfigProvider(_options.ConfigFile, profileName, _options.ConfigLoader),
        ];
    }
}
