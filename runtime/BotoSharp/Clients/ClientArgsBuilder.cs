using BotoSharp.Configuration;
using BotoSharp.Endpoints.Legacy;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>
/// botocore's <c>args.py</c>: merges the client config with the config store and the profile into the final client
/// configuration, in botocore's precedence (§2.6 of the reference) and with its validation errors.
/// </summary>
internal static class ClientArgsBuilder
{
    /// <summary>Computes the client's arguments.</summary>
    public static ClientArgs Build(ServiceModel model, string? regionName, string? endpointUrl, bool useSsl, ClientConfig? config,
        ConfigValueStore store, IReadOnlyDictionary<string, object?> scopedConfig)
    {
        var useFips = config?.UseFipsEndpoint ?? ConfigValues.EnsureBoolean(store.GetConfigVariable("use_fips_endpoint"));
        var useDualstack = ResolveDualstack(model.EndpointPrefix, config, scopedConfig, store);
        var configuredSignature = ConfiguredSignatureVersion(model, config, scopedConfig);
        var legacy = LegacyEndpointBridge.ResolveBuiltin(new LegacyEndpointBridge.Inputs(
            model.EndpointPrefix, regionName ?? config?.RegionName, endpointUrl, useSsl, useDualstack, useFips,
            configuredSignature, model.SignatureVersion ?? ModelSignatureVersion(model), model.MetadataSigningName));

        // The resolved endpoint's variant tags, in botocore's order; most clients have none (no list then).
        IReadOnlyList<string> tags = (useDualstack, useFips) switch
        {
            (true, true) => s_dualstackFips,
            (true, false) => s_dualstack,
            (false, true) => s_fips,
            _ => Array.Empty<string>(),
        };
        var computed = ClientConfigCalculator.Compute(config, store, scopedConfig, model.EndpointPrefix, legacy.RegionName, legacy.SignatureVersion, tags);
        var options = computed.Options;
        var retries = options.TryGetValue("retries", out var r) ? r as IReadOnlyDictionary<string, object?> : null;
        var retryMode = retries is not null && retries.TryGetValue("mode", out var mode) && mode is string modeText ? modeText : "legacy";
        var finalConfig = computed.ToClientConfig();
        var accountIdMode = config?.IsUnsigned == true ? "disabled" : options.GetValueOrDefault("account_id_endpoint_mode") as string ?? "preferred";
        var rulesetRegion = model.EndpointPrefix is "s3" or "sts" || regionName is null ? legacy.RegionName : regionName;
        return new ClientArgs
        {
            FinalConfig = finalConfig,
            Legacy = legacy,
            S3Config = computed.S3Config ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty,
            ParameterValidation = computed.ParameterValidation,
            InjectHostPrefix = options.GetValueOrDefault("inject_host_prefix") is not false,
            RequestChecksumCalculation = options.GetValueOrDefault("request_checksum_calculation") as string ?? "when_supported",
            ResponseChecksumValidation = options.GetValueOrDefault("response_checksum_validation") as string ?? "when_supported",
            DisableRequestCompression = options.GetValueOrDefault("disable_request_compression") is true,
            RequestMinCompressionSizeBytes = Convert.ToInt64(options.GetValueOrDefault("request_min_compression_size_bytes") ?? 10240L, System.Globalization.CultureInfo.InvariantCulture),
            AccountIdEndpointMode = accountIdMode,
            RetryMode = retryMode,
            ClientEndpointUrl = endpointUrl,
            UseSsl = useSsl,
            RulesetRegion = rulesetRegion,
            ConfiguredSignatureVersion = configuredSignature,
        };
    }

    private static readonly string[] s_dualstackFips = ["dualstack", "fips"];
    private static readonly string[] s_dualstack = ["dualstack"];
    private static readonly string[] s_fips = ["fips"];

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

    // botocore maps the model's auth trait to a signature version (first supported wins) before signatureVersion;
    // AuthTypeResolution holds the one trait-to-version mapping (and its errors) for it.
    private static string? ModelSignatureVersion(ServiceModel model)
    {
        if (model.Metadata["auth"] is System.Text.Json.Nodes.JsonArray { Count: > 0 } auth)
        {
            return AuthTypeResolution.ResolveAuthType(auth.Select(a => a!.GetValue<string>()).ToList());
        }
        return model.Metadata["signatureVersion"]?.GetValue<string>();
    }
}
