using System.Globalization;
using BotoSharp.Auth;
using BotoSharp.Configuration;

namespace BotoSharp;

/// <summary>Credentials and bearer tokens: the lazily built provider chains and the session's cached results.</summary>
public partial class Session
{
    private Auth.Credentials? _credentials;
    private AuthToken? _authToken;

    // botocore's _last_client_region_used: the credential chain built after a client was created calls STS there.
    private string? _lastClientRegionUsed;

    /// <summary>
    /// The session's credentials: the cached value, else the <c>credential_provider</c> chain's result. A null
    /// result is not cached, so the chain runs again next time.
    /// </summary>
    /// <exception cref="Errors.BotoCoreError">A provider failed (partial keys, a bad profile, a failed process…).</exception>
    public Auth.Credentials? GetCredentials()
    {
        _credentials ??= GetComponent<CredentialResolver>("credential_provider").LoadCredentials();
        return _credentials;
    }

    /// <summary><see cref="GetCredentials"/> without blocking a thread on the network or a credential process.</summary>
    public async Task<Auth.Credentials?> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        _credentials ??= await GetComponent<CredentialResolver>("credential_provider").LoadCredentialsAsync(cancellationToken).ConfigureAwait(false);
        return _credentials;
    }

    /// <summary>Sets credentials (method <c>explicit</c>) that win over the provider chain.</summary>
    public void SetCredentials(string accessKey, string secretKey, string? token = null, string? accountId = null)
    {
        _credentials = new Auth.Credentials(accessKey, secretKey, token, accountId: accountId);
    }

    /// <summary>
    /// The bearer token. With <paramref name="signingName"/> the chain is asked for that service first
    /// (<c>AWS_BEARER_TOKEN_&lt;NAME&gt;</c>) and a hit is returned uncached; otherwise the chain's answer without a
    /// signing name (only SSO can answer) is cached for the session.
    /// </summary>
    /// <exception cref="Errors.InvalidConfigError">The profile's sso-session is missing or incomplete.</exception>
    public AuthToken? GetAuthToken(string? signingName = null)
    {
        var provider = GetComponent<TokenProviderChain>("token_provider");
        if (signingName is not null && provider.LoadToken(signingName) is { } scoped)
        {
            return scoped;
        }
        _authToken ??= provider.LoadToken();
        return _authToken;
    }

    /// <summary>The inputs of the default credential chain, read from this session as botocore reads them.</summary>
    internal CredentialChainOptions CreateCredentialChainOptions()
    {
        // Variables are read in botocore's order (profile, IMDS timeout and attempts, endpoint, endpoint mode, v1
        // switch): when several would fail, the first one's error is the one raised, as in botocore.
        var profileName = GetConfigVariable("profile") as string;
        var timeout = GetConfigVariable("metadata_service_timeout");
        var numAttempts = GetConfigVariable("metadata_service_num_attempts");
        var endpoint = GetConfigVariable("ec2_metadata_service_endpoint") as string;
        // imds_use_ipv6 is only read when no endpoint mode is configured (botocore's resolve_imds_endpoint_mode).
        var configuredMode = GetConfigVariable("ec2_metadata_service_endpoint_mode") as string;
        var endpointMode = InstanceMetadataOptions.ResolveEndpointMode(configuredMode,
            configuredMode is null && ConfigValues.EnsureBoolean(GetConfigVariable("imds_use_ipv6")));
        var v1Disabled = ConfigValues.EnsureBoolean(GetConfigVariable("ec2_metadata_v1_disabled"));
        return new CredentialChainOptions
        {
            Environment = EnvironmentVariables,
            ProfileName = profileName,
            // Only an explicit profile (constructor or SetConfigVariable) disables env keys, never AWS_PROFILE.
            DisableEnvVars = _instanceVariables is not null && _instanceVariables.TryGetValue("profile", out var explicitProfile) && explicitProfile is not null,
            LoadFullConfig = () => new CredentialConfigView(FullConfig),
            ClientCreator = CredentialClientCreators.FromSession(this),
            RegionName = _lastClientRegionUsed,
            SsoCacheDirectory = SSOTokenProvider.DefaultCacheDirectory(HomeDirectory),
            LoginCacheDirectory = LoginTokenLoader.CacheDirectory(EnvironmentVariables, HomeDirectory),
            CredentialsFile = GetConfigVariable("credentials_file") as string ?? "~/.aws/credentials",
            ConfigFile = GetConfigVariable("config_file") as string ?? "~/.aws/config",
            RawParser = path => ConfigFileParser.RawConfigParse(path, true, EnvironmentVariables),
            ConfigLoader = path => ConfigFileParser.LoadConfig(path, EnvironmentVariables),
            Imds = new InstanceMetadataOptions
            {
                Timeout = TimeSpan.FromSeconds(Seconds(timeout, 1)),
                NumAttempts = (int)Seconds(numAttempts, 1),
                Endpoint = endpoint,
                EndpointMode = endpointMode,
                V1Disabled = v1Disabled,
                UserAgent = UserAgent,
            },
        };
    }

    partial void RegisterCredentialComponents()
    {
        // Static factories over the session: no delegate bound to each new session.
        _components.LazyRegisterComponent("credential_provider", static session => ((Session)session).CreateCredentialProvider(), this);
        _components.LazyRegisterComponent("token_provider", static session => ((Session)session).CreateTokenProvider(), this);
    }

    private CredentialResolver CreateCredentialProvider() => DefaultCredentialChain.Create(CreateCredentialChainOptions());

    private TokenProviderChain CreateTokenProvider() => new(
    [
        new ScopedEnvTokenProvider(EnvironmentVariables),
        new SSOTokenProvider(() => new CredentialConfigView(FullConfig), GetConfigVariable("profile") as string ?? "default",
            SSOTokenProvider.DefaultCacheDirectory(HomeDirectory), clientCreator: CredentialClientCreators.FromSession(this)),
    ]);

    private static double Seconds(object? value, double fallback) => value switch
    {
        long l => l,
        int i => i,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => fallback,
    };
}
