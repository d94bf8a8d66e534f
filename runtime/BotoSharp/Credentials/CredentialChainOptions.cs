namespace BotoSharp.Auth;

/// <summary>
/// Everything the default credential chain reads, captured once when it is built (botocore reads these from the
/// session in <c>create_credential_resolver</c>). Passing them explicitly keeps providers testable without a
/// Session and keeps multi-tenant hosts away from process state.
/// </summary>
public sealed record CredentialChainOptions
{
    /// <summary>The environment variables (the process environment in a default session).</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>The profile (<c>profile</c> config variable); <see langword="null"/> means <c>default</c>.</summary>
    public string? ProfileName { get; init; }

    /// <summary>True when the profile was set explicitly on the session, which removes the env provider.</summary>
    public bool DisableEnvVars { get; init; }

    /// <summary>Returns the session's merged profile view (<c>full_config</c>).</summary>
    public required Func<CredentialConfigView> LoadFullConfig { get; init; }

    /// <summary>The shared credentials file (<c>credentials_file</c>).</summary>
    public required string CredentialsFile { get; init; }

    /// <summary>The config file (<c>config_file</c>).</summary>
    public required string ConfigFile { get; init; }

    /// <summary>Parses an INI file into raw sections.</summary>
    public required RawConfigParser RawParser { get; init; }

    /// <summary>Parses a config file into profiles.</summary>
    public required ConfigFileLoader ConfigLoader { get; init; }

    /// <summary>IMDS settings.</summary>
    public InstanceMetadataOptions Imds { get; init; } = new();

    /// <summary>The clock refresh windows are measured against.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The container endpoint fetcher (tests shorten its pauses).</summary>
    public ContainerMetadataFetcher? ContainerFetcher { get; init; }

    /// <summary>Creates the STS, SSO and sign-in clients (the session's <c>CreateClient</c>).</summary>
    public CredentialClientCreator? ClientCreator { get; init; }

    /// <summary>The region STS clients default to: the region of the session's last client, as in botocore.</summary>
    public string? RegionName { get; init; }

    /// <summary>The cache the role and SSO providers share (botocore's <c>cache={}</c>); a new in-memory one by default.</summary>
    public ICredentialCache Cache { get; init; } = new InMemoryCredentialCache();

    /// <summary>Asks for MFA codes of <c>mfa_serial</c> profiles; null uses the console.</summary>
    public MfaPrompter? MfaPrompter { get; init; }

    /// <summary>The SSO token cache folder (<c>~/.aws/sso/cache</c>).</summary>
    public string? SsoCacheDirectory { get; init; }

    /// <summary>The login session cache folder (<c>AWS_LOGIN_CACHE_DIRECTORY</c> or <c>~/.aws/login/cache</c>).</summary>
    public string? LoginCacheDirectory { get; init; }

    /// <summary>The creator STS calls use: <see cref="ClientCreator"/> with <see cref="RegionName"/> as the default region.</summary>
    internal CredentialClientCreator StsClientCreator
    {
        get
        {
            var creator = ClientCreator ?? CredentialClientCreators.DefaultSession();
            var region = RegionName;
            return (service, options) => creator(service, options.RegionName is null ? options with { RegionName = region } : options);
        }
    }

    /// <summary>The profile the chain reads: <see cref="ProfileName"/> or <c>default</c>.</summary>
    public string EffectiveProfileName => ProfileName ?? "default";
}
