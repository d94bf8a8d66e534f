namespace BotoSharp.Auth;

/// <summary>
/// Builds the providers that read a profile, in botocore's order (web identity, SSO, shared credentials file,
/// login, credential process, config file); botocore's <c>ProfileProviderBuilder</c>. Shared by the default chain
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
    public IReadOnlyList<CredentialProvider> Providers(string profileName, bool disableEnvVars = false) =>
    [
        new AssumeRoleWithWebIdentityProvider(_options.LoadFullConfig, profileName, _options.Environment, disableEnvVars),
        new SSOProvider(_options.LoadFullConfig, profileName),
        new SharedCredentialProvider(_options.CredentialsFile, profileName, _options.RawParser),
        new LoginProvider(_options.LoadFullConfig, profileName),
        new ProcessProvider(profileName, _options.LoadFullConfig, _options.TimeProvider),
        new ConfigProvider(_options.ConfigFile, profileName, _options.ConfigLoader),
    ];
}
