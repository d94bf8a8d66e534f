using BotoSharp.Configuration;
using BotoSharp.Endpoints.Legacy;
using BotoSharp.Errors;
using BotoSharp.Models;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>args.py</c>: merges the client config with the config store and the profile into the final client
/// configuration, in botocore's precedence (§2.6 of the reference) and with its validation errors.
/// </summary>
internal static class ClientArgsBuilder
{
    private static readonly string[] s_checksumModes = { "when_supported", "when_required" };
    private static readonly string[] s_accountIdModes = { "preferred", "disabled", "required" };

    /// <summary>Computes the client's arguments.</summary>
    public static ClientArgs Build(ServiceModel model, string? regionName, string? endpointUrl, bool useSsl, ClientConfig? config,
        ConfigValueStore store, IReadOnlyDictionary<string, object?> scopedConfig)
    {
        var s3Config = ComputeS3Config(config, store);
        var useFips = config?.UseFipsEndpoint ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("use_fips_endpoint"));
        var useDualstack = ResolveDualstack(model.EndpointPrefix, config, scopedConfig, store);
        var configuredSignature = ConfiguredSignatureVersion(model, config, scopedConfig);
        var legacy = LegacyEndpointBridge.Resolve(LegacyEndpointResolver.Builtin, new LegacyEndpointBridge.Inputs(
            model.EndpointPrefix, regionName ?? config?.RegionName, endpointUrl, useSsl, useDualstack, useFips,
            configuredSignature, model.SignatureVersion ?? ModelSignatureVersion(model), model.Metadata["signingName"]?.GetValue<string>()));

        var options = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (config is not null)
        {
            foreach (var (key, value) in config.UserProvidedOptions)
            {
                options[key] = value;
            }
        }
        options["region_name"] = legacy.RegionName;
        options["signature_version"] = legacy.SignatureVersion;
        options["s3"] = s3Config;
        options["connect_timeout"] = config?.ConnectTimeout is { } connect && connect > 0 ? connect
            : store.GetConfigVariable("connect_timeout") is { } smart ? Convert.ToDouble(smart, System.Globalization.CultureInfo.InvariantCulture) : ClientConfig.DefaultTimeout;
        options["read_timeout"] = config?.ReadTimeout ?? ClientConfig.DefaultTimeout;
        options["max_pool_connections"] = config?.MaxPoolConnections ?? ClientConfig.DefaultMaxPoolConnections;
        options["use_fips_endpoint"] = useFips;
        options["use_dualstack_endpoint"] = useDualstack;
        var retryMode = RetryMode(config, store);
        options["retries"] = Retries(config, store, retryMode);
        options["tcp_keepalive"] = config?.TcpKeepalive ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("tcp_keepalive"));
        var injectHostPrefix = InjectHostPrefix(config, store);
        options["inject_host_prefix"] = injectHostPrefix;
        var requestChecksum = Mode(config?.RequestChecksumCalculation ?? store.GetConfigVariable("request_checksum_calculation"), "request_checksum_calculation", s_checksumModes);
        var responseChecksum = Mode(config?.ResponseChecksumValidation ?? store.GetConfigVariable("response_checksum_validation"), "response_checksum_validation", s_checksumModes);
        options["request_checksum_calculation"] = requestChecksum;
        options["response_checksum_validation"] = responseChecksum;
        var minCompression = CompressionSize(config?.RequestMinCompressionSizeBytes ?? store.GetConfigVariable("request_min_compression_size_bytes"));
        options["request_min_compression_size_bytes"] = minCompression;
        var disableCompression = config?.DisableRequestCompression ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("disable_request_compression"));
        options["disable_request_compression"] = disableCompression;
        var accountIdMode = config?.IsUnsigned == true ? "disabled"
            : AccountIdMode(config?.AccountIdEndpointMode ?? store.GetConfigVariable("account_id_endpoint_mode"));
        options["account_id_endpoint_mode"] = accountIdMode;
        options["user_agent_appid"] = config?.UserAgentAppId ?? store.GetConfigVariable("user_agent_appid");

        var rulesetRegion = model.EndpointPrefix is "s3" or "sts" || regionName is null ? legacy.RegionName : regionName;
        return new ClientArgs
        {
            FinalConfig = new ClientConfig(options),
            Legacy = legacy,
            S3Config = s3Config,
            ParameterValidation = ParameterValidation(config, scopedConfig),
            InjectHostPrefix = injectHostPrefix,
            RequestChecksumCalculation = requestChecksum,
            ResponseChecksumValidation = responseChecksum,
            DisableRequestCompression = disableCompression,
            RequestMinCompressionSizeBytes = minCompression,
            AccountIdEndpointMode = accountIdMode,
            RetryMode = retryMode,
            ClientEndpointUrl = endpointUrl,
            UseSsl = useSsl,
            RulesetRegion = rulesetRegion,
            ConfiguredSignatureVersion = configuredSignature,
        };
    }

    private static Dictionary<string, object?> ComputeS3Config(ClientConfig? config, ConfigValueStore store)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (store.GetConfigVariable("s3") is IReadOnlyDictionary<string, object?> section)
        {
            foreach (var (key, value) in section)
            {
                result[key] = value;
            }
        }
        if (config?.S3 is { } clientS3)
        {
            foreach (var (key, value) in clientS3)
            {
                result[key] = value;
            }
        }
        return result;
    }

    private static bool ResolveDualstack(string endpointPrefix, ClientConfig? config, IReadOnlyDictionary<string, object?> scoped, ConfigValueStore store)
    {
        if (endpointPrefix is "s3" or "s3-control")
        {
            if (config?.S3 is { } s3 && s3.TryGetValue("use_dualstack_endpoint", out var flag))
            {
                return ConfigValues.EnsureBoolean(flag);
            }
            if (scoped.TryGetValue("s3", out var section) && section is IReadOnlyDictionary<string, object?> map
                && map.TryGetValue("use_dualstack_endpoint", out var enabled) && enabled is true or "True" or "true")
            {
                return true;
            }
        }
        return config?.UseDualstackEndpoint ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("use_dualstack_endpoint"));
    }

    private static string? ConfiguredSignatureVersion(ServiceModel model, ClientConfig? config, IReadOnlyDictionary<string, object?> scoped)
    {
        if (config?.SignatureVersion is { } configured)
        {
            return configured is string text ? text : "UNSIGNED";
        }
        return scoped.TryGetValue(model.EndpointPrefix, out var section) && section is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue("signature_version", out var version) ? version as string : null;
    }

    // botocore maps the model's auth trait to a signature version (first supported wins) before signatureVersion.
    private static string? ModelSignatureVersion(ServiceModel model)
    {
        if (model.Metadata["auth"] is System.Text.Json.Nodes.JsonArray auth)
        {
            foreach (var trait in auth.Select(a => a!.GetValue<string>()))
            {
                var mapped = trait switch
                {
                    "aws.auth#sigv4" => "v4",
                    "smithy.api#httpBearerAuth" => "bearer",
                    "smithy.api#noAuth" => "none",
                    _ => null,
                };
                if (mapped is not null)
                {
                    return mapped;
                }
            }
        }
        return model.Metadata["signatureVersion"]?.GetValue<string>();
    }

    private static string RetryMode(ClientConfig? config, ConfigValueStore store) =>
        config?.Retries is { } retries && retries.TryGetValue("mode", out var mode) && mode is string text ? text
            : store.GetConfigVariable("retry_mode") as string ?? "legacy";

    private static Dictionary<string, object?> Retries(ClientConfig? config, ConfigValueStore store, string mode)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["mode"] = mode };
        if (config?.Retries is { } retries)
        {
            if (retries.TryGetValue("total_max_attempts", out var total) && total is not null)
            {
                result["total_max_attempts"] = Convert.ToInt64(total, System.Globalization.CultureInfo.InvariantCulture);
                return result;
            }
            if (retries.TryGetValue("max_attempts", out var max) && max is not null)
            {
                result["total_max_attempts"] = Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture) + 1;
                return result;
            }
        }
        if (store.GetConfigVariable("max_attempts") is { } storeMax)
        {
            result["total_max_attempts"] = Convert.ToInt64(storeMax, System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }

    private static bool InjectHostPrefix(ClientConfig? config, ConfigValueStore store)
    {
        if (config is not null && config.IsUserProvided("inject_host_prefix"))
        {
            return config.InjectHostPrefix;
        }
        return store.GetConfigVariable("disable_host_prefix_injection") is { } disabled ? !ConfigValues.EnsureBoolean(disabled) : true;
    }

    private static bool ParameterValidation(ClientConfig? config, IReadOnlyDictionary<string, object?> scoped)
    {
        if (config is not null && config.ParameterValidation == false)
        {
            return false;
        }
        return !scoped.TryGetValue("parameter_validation", out var raw) || ConfigValues.EnsureBoolean(raw);
    }

    private static string Mode(object? value, string key, string[] valid)
    {
        var text = (value as string ?? valid[0]).ToLowerInvariant();
        return valid.Contains(text) ? text
            : throw new InvalidChecksumConfigError(key, "(" + string.Join(", ", valid.Select(v => $"'{v}'")) + ")", value as string);
    }

    private static long CompressionSize(object? value)
    {
        long size;
        try
        {
            size = value is null ? 10240 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new InvalidConfigError($"Invalid value '{value}' for request_min_compression_size_bytes. Value must be an integer.");
        }
        return size is >= 1 and <= 1048576 ? size
            : throw new InvalidConfigError($"Invalid value '{size}' for request_min_compression_size_bytes. Value must be between 1 and 1048576.");
    }

    private static string AccountIdMode(object? value)
    {
        var text = (value as string ?? "preferred").ToLowerInvariant();
        return s_accountIdModes.Contains(text) ? text
            : throw new InvalidConfigError($"The configured value '{value}' for 'account_id_endpoint_mode' is invalid. Valid values are: preferred, disabled, required.");
    }
}
