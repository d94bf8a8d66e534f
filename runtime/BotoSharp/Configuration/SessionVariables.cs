namespace BotoSharp.Configuration;

/// <summary>
/// botocore's variable tables: <c>BOTOCORE_DEFAUT_SESSION_VARIABLES</c> (<see cref="Create"/>) and the override
/// keys of the <c>s3</c> and <c>proxies_config</c> sections. Integers are <see cref="long"/>, as every runtime value.
/// </summary>
public static class SessionVariables
{
    /// <summary>
    /// The default table. <c>retry_mode</c> defaults to <c>standard</c> when <c>AWS_NEW_RETRIES_2026</c> is
    /// <c>true</c> (any case) in <paramref name="environment"/> (botocore reads it once from the process at import).
    /// </summary>
    public static Dictionary<string, SessionVariable> Create(IReadOnlyDictionary<string, string> environment)
    {
        bool newRetries = environment.TryGetValue("AWS_NEW_RETRIES_2026", out var flag)
            && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        var bools = Converters.EnsureBoolean;
        return new Dictionary<string, SessionVariable>(StringComparer.Ordinal)
        {
            ["profile"] = new(null, new[] { "AWS_DEFAULT_PROFILE", "AWS_PROFILE" }, null, null),
            ["region"] = new("region", "AWS_DEFAULT_REGION"),
            ["data_path"] = new("data_path", "AWS_DATA_PATH"),
            ["config_file"] = new(null, "AWS_CONFIG_FILE", "~/.aws/config"),
            ["ca_bundle"] = new("ca_bundle", "AWS_CA_BUNDLE"),
            ["api_versions"] = new("api_versions", null, new Dictionary<string, object?>(StringComparer.Ordinal)),
            ["credentials_file"] = new(null, "AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"),
            ["metadata_service_timeout"] = new("metadata_service_timeout", "AWS_METADATA_SERVICE_TIMEOUT", 1L, Converters.Int),
            ["metadata_service_num_attempts"] = new("metadata_service_num_attempts", "AWS_METADATA_SERVICE_NUM_ATTEMPTS", 1L, Converters.Int),
            ["ec2_metadata_service_endpoint"] = new("ec2_metadata_service_endpoint", "AWS_EC2_METADATA_SERVICE_ENDPOINT"),
            ["ec2_metadata_service_endpoint_mode"] = new("ec2_metadata_service_endpoint_mode", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"),
            ["ec2_metadata_v1_disabled"] = new("ec2_metadata_v1_disabled", "AWS_EC2_METADATA_V1_DISABLED", false, bools),
            ["imds_use_ipv6"] = new("imds_use_ipv6", "AWS_IMDS_USE_IPV6", false, bools),
            ["use_dualstack_endpoint"] = new("use_dualstack_endpoint", "AWS_USE_DUALSTACK_ENDPOINT", null, bools),
            ["use_fips_endpoint"] = new("use_fips_endpoint", "AWS_USE_FIPS_ENDPOINT", null, bools),
            ["ignore_configured_endpoint_urls"] = new("ignore_configured_endpoint_urls", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", null, bools),
            ["parameter_validation"] = new("parameter_validation", null, true),
            ["csm_enabled"] = new("csm_enabled", "AWS_CSM_ENABLED", false, bools),
            ["csm_host"] = new("csm_host", "AWS_CSM_HOST", "127.0.0.1"),
            ["csm_port"] = new("csm_port", "AWS_CSM_PORT", 31000L, Converters.Int),
            ["csm_client_id"] = new("csm_client_id", "AWS_CSM_CLIENT_ID", string.Empty),
            ["endpoint_discovery_enabled"] = new("endpoint_discovery_enabled", "AWS_ENDPOINT_DISCOVERY_ENABLED", "auto"),
            ["sts_regional_endpoints"] = new("sts_regional_endpoints", "AWS_STS_REGIONAL_ENDPOINTS", "regional"),
            ["retry_mode"] = new("retry_mode", "AWS_RETRY_MODE", newRetries ? "standard" : "legacy"),
            ["defaults_mode"] = new("defaults_mode", "AWS_DEFAULTS_MODE", "legacy"),
            ["max_attempts"] = new("max_attempts", "AWS_MAX_ATTEMPTS", null, Converters.Int),
            ["user_agent_appid"] = new("sdk_ua_app_id", "AWS_SDK_UA_APP_ID"),
            ["request_min_compression_size_bytes"] = new("request_min_compression_size_bytes", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", 10240L),
            ["disable_request_compression"] = new("disable_request_compression", "AWS_DISABLE_REQUEST_COMPRESSION", false, bools),
            ["sigv4a_signing_region_set"] = new("sigv4a_signing_region_set", "AWS_SIGV4A_SIGNING_REGION_SET"),
            ["request_checksum_calculation"] = new("request_checksum_calculation", "AWS_REQUEST_CHECKSUM_CALCULATION", "when_supported"),
            ["response_checksum_validation"] = new("response_checksum_validation", "AWS_RESPONSE_CHECKSUM_VALIDATION", "when_supported"),
            ["account_id_endpoint_mode"] = new("account_id_endpoint_mode", "AWS_ACCOUNT_ID_ENDPOINT_MODE", "preferred"),
            ["disable_host_prefix_injection"] = new("disable_host_prefix_injection", "AWS_DISABLE_HOST_PREFIX_INJECTION", null, bools),
            ["auth_scheme_preference"] = new("auth_scheme_preference", "AWS_AUTH_SCHEME_PREFERENCE"),
            ["tcp_keepalive"] = new("tcp_keepalive", "BOTOCORE_TCP_KEEPALIVE", null, bools),
            ["s3_disable_express_session_auth"] = new("s3_disable_express_session_auth", "AWS_S3_DISABLE_EXPRESS_SESSION_AUTH"),
        };
    }

    // botocore's table is module-level (each session copies the dict, not its entries): one per process, per retry default.
    private static readonly Lazy<IReadOnlyDictionary<string, SessionVariable>> s_legacyRetries =
        new(() => Create(new Dictionary<string, string>(StringComparer.Ordinal)));

    private static readonly Lazy<IReadOnlyDictionary<string, SessionVariable>> s_newRetries =
        new(() => Create(new Dictionary<string, string>(StringComparer.Ordinal) { ["AWS_NEW_RETRIES_2026"] = "true" }));

    /// <summary>
    /// The default table for <paramref name="environment"/>, shared by every session of the process (read-only: a
    /// session's own edits go to its <see cref="SessionVarMap"/>).
    /// </summary>
    internal static IReadOnlyDictionary<string, SessionVariable> Shared(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue("AWS_NEW_RETRIES_2026", out var flag) && flag.Equals("true", StringComparison.OrdinalIgnoreCase)
            ? s_newRetries.Value : s_legacyRetries.Value;

    /// <summary>botocore's <c>DEFAULT_S3_CONFIG_VARS</c>: the override keys of the <c>s3</c> section.</summary>
    public static Dictionary<string, SessionVariable> CreateS3() => new(StringComparer.Ordinal)
    {
        ["addressing_style"] = new(("s3", "addressing_style"), null),
        ["use_accelerate_endpoint"] = new(("s3", "use_accelerate_endpoint"), null, null, Converters.EnsureBoolean),
        ["use_dualstack_endpoint"] = new(("s3", "use_dualstack_endpoint"), null, null, Converters.EnsureBoolean),
        ["payload_signing_enabled"] = new(("s3", "payload_signing_enabled"), null, null, Converters.EnsureBoolean),
        ["use_arn_region"] = new(new ConfigKey[] { "s3_use_arn_region", ("s3", "use_arn_region") }, new[] { "AWS_S3_USE_ARN_REGION" }, null, Converters.EnsureBoolean),
        ["us_east_1_regional_endpoint"] = new(new ConfigKey[] { "s3_us_east_1_regional_endpoint", ("s3", "us_east_1_regional_endpoint") }, new[] { "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT" }, null, null),
        ["s3_disable_multiregion_access_points"] = new(("s3", "s3_disable_multiregion_access_points"), "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", null, Converters.EnsureBoolean),
    };

    /// <summary>botocore's <c>DEFAULT_PROXIES_CONFIG_VARS</c>: top-level profile keys overriding <c>proxies_config</c>.</summary>
    public static Dictionary<string, SessionVariable> CreateProxiesConfig() => new(StringComparer.Ordinal)
    {
        ["proxy_ca_bundle"] = new("proxy_ca_bundle", null),
        ["proxy_client_cert"] = new("proxy_client_cert", null),
        ["proxy_use_forwarding_for_https"] = new("proxy_use_forwarding_for_https", null, null, Converters.NormalizeBoolean),
    };

    /// <summary>
    /// botocore's <c>create_botocore_default_config_mapping</c>: a chain per variable of <paramref name="table"/>,
    /// plus the <c>s3</c> and <c>proxies_config</c> section providers.
    /// </summary>
    public static Dictionary<string, ConfigProvider> CreateDefaultMapping(ConfigChainFactory factory, IReadOnlyDictionary<string, SessionVariable> table, IConfigSource source)
    {
        var mapping = Chains(factory, table);
        mapping["s3"] = new SectionConfigProvider("s3", source, Chains(factory, CreateS3()));
        mapping["proxies_config"] = new SectionConfigProvider("proxies_config", source, Chains(factory, CreateProxiesConfig()));
        return mapping;
    }

    // The section tables never change (their entries are immutable): one each per process.
    internal static readonly IReadOnlyDictionary<string, SessionVariable> S3Table = CreateS3();
    internal static readonly IReadOnlyDictionary<string, SessionVariable> ProxiesConfigTable = CreateProxiesConfig();

    /// <summary>
    /// <see cref="CreateDefaultMapping"/> built lazily: the same chains and sections, each made when someone asks
    /// for it as a provider; a plain lookup reads the same sources straight from the table.
    /// </summary>
    internal static LazyChainTable CreateLazyDefaultMapping(ConfigChainFactory factory, IReadOnlyDictionary<string, SessionVariable> table, IConfigSource source)
    {
        var (names, nameSet) = s_tableNames.GetValue(table, NamesOf);
        return new LazyChainTable(names, nameSet, new SessionDefaultChains(factory, table, source));
    }

    // A table's names never change (the shared tables are read-only), so every session over it shares one list and set.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyDictionary<string, SessionVariable>, Tuple<string[], IReadOnlySet<string>>> s_tableNames = new();

    private static Tuple<string[], IReadOnlySet<string>> NamesOf(IReadOnlyDictionary<string, SessionVariable> table)
    {
        var names = table.Keys.Append("s3").Append("proxies_config").ToArray();
        // A HashSet, not a FrozenSet: building a frozen set analyses its strings (~8 ms in a cold process, its
        // generic helpers JIT-compiled) to save nanoseconds on the few lookups a session makes.
        return Tuple.Create(names, (IReadOnlySet<string>)new HashSet<string>(names, StringComparer.Ordinal));
    }

    internal static Dictionary<string, ConfigProvider> Chains(ConfigChainFactory factory, IReadOnlyDictionary<string, SessionVariable> table) =>
        table.ToDictionary(p => p.Key, p => (ConfigProvider)factory.CreateConfigChain(p.Key, p.Value), StringComparer.Ordinal);
}
