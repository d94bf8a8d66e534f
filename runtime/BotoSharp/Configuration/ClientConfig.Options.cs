namespace BotoSharp.Configuration;

/// <summary>The typed options of botocore's <c>Config</c>, each backed by its botocore name.</summary>
public sealed partial class ClientConfig
{
    /// <summary>botocore's <c>DEFAULT_TIMEOUT</c> in seconds.</summary>
    public const double DefaultTimeout = 60;

    /// <summary>botocore's <c>MAX_POOL_CONNECTIONS</c>.</summary>
    public const long DefaultMaxPoolConnections = 10;

    /// <summary>The region (<c>region_name</c>).</summary>
    public string? RegionName { get => Get<string>("region_name"); init => Set("region_name", value); }

    /// <summary>The signature version (<c>signature_version</c>): a name such as <c>s3v4</c>, or <see cref="Unsigned"/>.</summary>
    public object? SignatureVersion { get => Option("signature_version"); init => Set("signature_version", CheckType("signature_version", value, typeof(object))); }

    /// <summary>A full user-agent override (<c>user_agent</c>).</summary>
    public string? UserAgent { get => Get<string>("user_agent"); init => Set("user_agent", value); }

    /// <summary>Text appended to the user agent (<c>user_agent_extra</c>).</summary>
    public string? UserAgentExtra { get => Get<string>("user_agent_extra"); init => Set("user_agent_extra", value); }

    /// <summary>The application id sent in the user agent (<c>user_agent_appid</c>).</summary>
    public string? UserAgentAppId { get => Get<string>("user_agent_appid"); init => Set("user_agent_appid", value); }

    /// <summary>Connect timeout in seconds (<c>connect_timeout</c>; 60, or null under a non-legacy defaults mode).</summary>
    public double? ConnectTimeout { get => Number("connect_timeout"); init => Set("connect_timeout", value); }

    /// <summary>Read timeout in seconds (<c>read_timeout</c>; 60).</summary>
    public double? ReadTimeout { get => Number("read_timeout"); init => Set("read_timeout", value); }

    /// <summary>Whether parameters are validated (<c>parameter_validation</c>; true).</summary>
    public bool? ParameterValidation { get => BoolOption("parameter_validation"); init => Set("parameter_validation", value); }

    /// <summary>Connection pool size (<c>max_pool_connections</c>; 10).</summary>
    public long? MaxPoolConnections { get => Option("max_pool_connections") is long v ? v : null; init => Set("max_pool_connections", value); }

    /// <summary>Proxy per scheme or <c>scheme://host</c> (<c>proxies</c>).</summary>
    public IReadOnlyDictionary<string, string>? Proxies { get => Get<IReadOnlyDictionary<string, string>>("proxies"); init => Set("proxies", value); }

    /// <summary>Proxy options <c>proxy_ca_bundle</c>, <c>proxy_client_cert</c>, <c>proxy_use_forwarding_for_https</c> (<c>proxies_config</c>).</summary>
    public IReadOnlyDictionary<string, object?>? ProxiesConfig { get => Get<IReadOnlyDictionary<string, object?>>("proxies_config"); init => Set("proxies_config", value); }

    /// <summary>S3 options such as <c>addressing_style</c> (<c>s3</c>); validated when set.</summary>
    public IReadOnlyDictionary<string, object?>? S3 { get => Get<IReadOnlyDictionary<string, object?>>("s3"); init => Set("s3", value); }

    /// <summary><c>s3_disable_express_session_auth</c> (botocore's client reads <c>s3["disable_s3_express_session_auth"]</c> instead).</summary>
    public bool? S3DisableExpressSessionAuth { get => BoolOption("s3_disable_express_session_auth"); init => Set("s3_disable_express_session_auth", value); }

    /// <summary>Retry options <c>max_attempts</c> (retries), <c>total_max_attempts</c>, <c>mode</c> (<c>retries</c>); validated when set.</summary>
    public IReadOnlyDictionary<string, object?>? Retries { get => Get<IReadOnlyDictionary<string, object?>>("retries"); init => Set("retries", value); }

    /// <summary>Client certificate path, or a (certificate, key) pair of paths (<c>client_cert</c>).</summary>
    public object? ClientCert { get => Option("client_cert"); init => Set("client_cert", value); }

    /// <summary>Whether host prefixes are injected (<c>inject_host_prefix</c>); reads true when unset, and then the store decides.</summary>
    public bool InjectHostPrefix { get => BoolOption("inject_host_prefix") ?? true; init => Set("inject_host_prefix", value); }

    /// <summary><c>endpoint_discovery_enabled</c>: a bool or <c>auto</c>.</summary>
    public object? EndpointDiscoveryEnabled { get => Option("endpoint_discovery_enabled"); init => Set("endpoint_discovery_enabled", value); }

    /// <summary><c>use_dualstack_endpoint</c>.</summary>
    public bool? UseDualstackEndpoint { get => BoolOption("use_dualstack_endpoint"); init => Set("use_dualstack_endpoint", value); }

    /// <summary><c>use_fips_endpoint</c>.</summary>
    public bool? UseFipsEndpoint { get => BoolOption("use_fips_endpoint"); init => Set("use_fips_endpoint", value); }

    /// <summary><c>ignore_configured_endpoint_urls</c>.</summary>
    public bool? IgnoreConfiguredEndpointUrls { get => BoolOption("ignore_configured_endpoint_urls"); init => Set("ignore_configured_endpoint_urls", value); }

    /// <summary><c>defaults_mode</c>: <c>legacy</c>, <c>auto</c>, <c>standard</c>, <c>in-region</c>, <c>cross-region</c>, <c>mobile</c>.</summary>
    public string? DefaultsMode { get => Get<string>("defaults_mode"); init => Set("defaults_mode", value); }

    /// <summary><c>tcp_keepalive</c>.</summary>
    public bool? TcpKeepalive { get => BoolOption("tcp_keepalive"); init => Set("tcp_keepalive", value); }

    /// <summary><c>request_min_compression_size_bytes</c>.</summary>
    public long? RequestMinCompressionSizeBytes { get => LongOption("request_min_compression_size_bytes"); init => Set("request_min_compression_size_bytes", value); }

    /// <summary><c>disable_request_compression</c>.</summary>
    public bool? DisableRequestCompression { get => BoolOption("disable_request_compression"); init => Set("disable_request_compression", value); }

    /// <summary><c>client_context_params</c>: endpoint rule-set client context parameters.</summary>
    public IReadOnlyDictionary<string, object?>? ClientContextParams { get => Get<IReadOnlyDictionary<string, object?>>("client_context_params"); init => Set("client_context_params", value); }

    /// <summary><c>sigv4a_signing_region_set</c>.</summary>
    public string? Sigv4aSigningRegionSet { get => Get<string>("sigv4a_signing_region_set"); init => Set("sigv4a_signing_region_set", value); }

    /// <summary><c>request_checksum_calculation</c>: <c>when_supported</c> or <c>when_required</c>.</summary>
    public string? RequestChecksumCalculation { get => Get<string>("request_checksum_calculation"); init => Set("request_checksum_calculation", value); }

    /// <summary><c>response_checksum_validation</c>: <c>when_supported</c> or <c>when_required</c>.</summary>
    public string? ResponseChecksumValidation { get => Get<string>("response_checksum_validation"); init => Set("response_checksum_validation", value); }

    /// <summary><c>account_id_endpoint_mode</c>: <c>preferred</c>, <c>disabled</c> or <c>required</c>.</summary>
    public string? AccountIdEndpointMode { get => Get<string>("account_id_endpoint_mode"); init => Set("account_id_endpoint_mode", value); }

    /// <summary><c>auth_scheme_preference</c>: comma-separated scheme names.</summary>
    public string? AuthSchemePreference { get => Get<string>("auth_scheme_preference"); init => Set("auth_scheme_preference", value); }

    private double? Number(string name) => Option(name) switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    // Pattern matches, not `as bool?`: unboxing to a nullable goes through a generic helper that has no precompiled
    // form, so each getter written that way was JIT-compiled by every process.
    private bool? BoolOption(string name) => Option(name) is bool value ? value : null;

    private long? LongOption(string name) => Option(name) is long value ? value : null;
}
