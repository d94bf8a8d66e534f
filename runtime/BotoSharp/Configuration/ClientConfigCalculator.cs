using BotoSharp.Errors;
using Microsoft.Extensions.Logging;

namespace BotoSharp.Configuration;

/// <summary>
/// The configuration half of botocore's <c>ClientArgsCreator.compute_client_args</c> (§2.6): merges the client
/// config with the per-client store into the final options. Endpoint resolution stays with the caller, which
/// passes the region, signature version and variant tags it resolved.
/// </summary>
public static partial class ClientConfigCalculator
{
    /// <summary>Computes the final options of a client.</summary>
    /// <param name="clientConfig">The merged client config (session default under the call's), or null.</param>
    /// <param name="store">The client's copied config store (<c>Session.CreateClientConfigStore</c>).</param>
    /// <param name="scopedConfig">The current profile (for <c>parameter_validation</c>).</param>
    /// <param name="endpointPrefix">The service's endpoint prefix (<c>s3</c>, <c>s3-control</c>…).</param>
    /// <param name="regionName">The region the endpoint resolver settled on.</param>
    /// <param name="signatureVersion">The signature version the endpoint resolver chose.</param>
    /// <param name="variantTags">The resolved endpoint's variant tags (<c>dualstack</c>, <c>fips</c>).</param>
    /// <param name="preliminaryUserAgent">The preliminary user-agent string botocore stores in <c>user_agent</c>.</param>
    /// <exception cref="InvalidConfigError">Compression size, account-id mode, auth-scheme preference or S3 Express flag is invalid.</exception>
    /// <exception cref="InvalidChecksumConfigError">A checksum mode is invalid.</exception>
    public static ComputedClientConfig Compute(ClientConfig? clientConfig, ConfigValueStore store, IReadOnlyDictionary<string, object?>? scopedConfig,
        string endpointPrefix, string? regionName, object? signatureVersion, IReadOnlyList<string>? variantTags = null, string? preliminaryUserAgent = null)
    {
        variantTags ??= Array.Empty<string>();
        // Two checksum feature ids, always.
        var features = new List<string>(2);
        // Sized for every option config_kwargs can end with, so it is never grown: ~17 without a client config, up
        // to ~40 with one (it copies twenty options). The final ClientConfig keeps this dictionary.
        var kwargs = new Dictionary<string, object?>(clientConfig is null ? KwargsWithoutClientConfig : 40, StringComparer.Ordinal)
        {
            ["region_name"] = regionName,
            ["signature_version"] = signatureVersion,
            ["user_agent"] = preliminaryUserAgent,
        };
        if (variantTags.Contains("dualstack"))
        {
            kwargs["use_dualstack_endpoint"] = true;
        }
        if (variantTags.Contains("fips"))
        {
            kwargs["use_fips_endpoint"] = true;
        }
        if (clientConfig is not null)
        {
            CopyClientOptions(clientConfig, kwargs);
        }
        ComputeRetries(kwargs, store);
        ComputeConnectTimeout(kwargs, store);
        var appId = kwargs.GetValueOrDefault("user_agent_appid") ?? store.GetConfigVariable("user_agent_appid");
        kwargs["user_agent_appid"] = appId;
        if (appId is string { Length: > 50 })
        {
            Logging.BotoLoggerFactory.Shared.CreateLogger("botocore.args").LogWarning(
                "The configured value for user_agent_appid exceeds the maximum length of 50 characters.");
        }
        ComputeCompression(kwargs, store);
        kwargs["sigv4a_signing_region_set"] = kwargs.GetValueOrDefault("sigv4a_signing_region_set") ?? store.GetConfigVariable("sigv4a_signing_region_set");
        ComputeChecksum(kwargs, store, "request_checksum_calculation", "FLEXIBLE_CHECKSUMS_REQ_", features);
        ComputeChecksum(kwargs, store, "response_checksum_validation", "FLEXIBLE_CHECKSUMS_RES_", features);
        ComputeAccountIdEndpointMode(kwargs, store);
        if (clientConfig is null || !clientConfig.IsUserProvided("inject_host_prefix"))
        {
            kwargs["inject_host_prefix"] = ConfigValues.Boxed(store.GetConfigVariable("disable_host_prefix_injection") is not { } disable || !ConfigValues.EnsureBoolean(disable));
        }
        bool authInCode = ComputeAuthSchemePreference(clientConfig, kwargs, store);
        // A signature version written in code wins and is marked as such (botocore wraps it in ClientConfigString).
        bool signatureInCode = clientConfig?.SignatureVersion is string { Length: > 0 };
        if (signatureInCode)
        {
            kwargs["signature_version"] = clientConfig!.SignatureVersion;
        }
        ComputeS3DisableExpressSessionAuth(kwargs, store);

        var s3 = ComputeS3Config(clientConfig, store);
        if (endpointPrefix is "s3" or "s3-control" && variantTags.Contains("dualstack"))
        {
            s3 ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            s3["use_dualstack_endpoint"] = true;
        }
        kwargs["s3"] = s3;
        return new ComputedClientConfig(kwargs, ParameterValidation(clientConfig, scopedConfig), s3,
            ConfigValues.EnsureBoolean(clientConfig?.TcpKeepalive ?? store.GetConfigVariable("tcp_keepalive")),
            signatureInCode, authInCode, features);
    }

    // region_name, signature_version, user_agent, use_dualstack/fips_endpoint, retries, connect_timeout,
    // user_agent_appid, the two compression options, sigv4a_signing_region_set, the two checksum modes,
    // account_id_endpoint_mode, inject_host_prefix, auth_scheme_preference, s3_disable_express_session_auth, s3.
    private const int KwargsWithoutClientConfig = 19;

    /// <summary>botocore's <c>compute_s3_config</c>: the store's <c>s3</c> section updated (on a copy) by the client config's.</summary>
    public static Dictionary<string, object?>? ComputeS3Config(ClientConfig? clientConfig, ConfigValueStore store)
    {
        var fromStore = store.GetConfigVariable("s3") as IReadOnlyDictionary<string, object?>;
        var s3 = fromStore is null ? null : ConfigValues.CopyMap(fromStore);
        if (clientConfig?.S3 is { } fromConfig)
        {
            s3 ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in fromConfig)
            {
                s3[key] = value;
            }
        }
        return s3;
    }

    // A falsy config value turns validation off; otherwise a profile value decides; env is never consulted.
    private static bool ParameterValidation(ClientConfig? clientConfig, IReadOnlyDictionary<string, object?>? scopedConfig)
    {
        if (clientConfig is not null && clientConfig.ParameterValidation != true)
        {
            return false;
        }
        return scopedConfig is null || !scopedConfig.TryGetValue("parameter_validation", out var raw) || raw is null || ConfigValues.EnsureBoolean(raw);
    }

    private static readonly string[] s_copiedOptions =
    {
        "connect_timeout", "read_timeout", "max_pool_connections", "proxies", "proxies_config", "client_cert",
        "tcp_keepalive", "user_agent_extra", "user_agent_appid", "request_min_compression_size_bytes",
        "disable_request_compression", "client_context_params", "sigv4a_signing_region_set",
        "request_checksum_calculation", "response_checksum_validation", "account_id_endpoint_mode", "auth_scheme_preference",
    };

    private static void CopyClientOptions(ClientConfig config, Dictionary<string, object?> kwargs)
    {
        foreach (string name in s_copiedOptions)
        {
            kwargs[name] = config.GetOption(name);
        }
        // Copied, because botocore's in-place edit of the retries dictionary would change the caller's config.
        kwargs["retries"] = config.Retries is { } retries ? new Dictionary<string, object?>(retries, StringComparer.Ordinal) : null;
        kwargs["inject_host_prefix"] = config.InjectHostPrefix;
        // botocore reads the S3 Express flag from the s3 dictionary, not from the top-level option of the same name.
        kwargs["s3_disable_express_session_auth"] = config.S3?.GetValueOrDefault("disable_s3_express_session_auth");
    }
}
