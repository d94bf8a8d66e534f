using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>
/// The config-driven decisions botocore makes around endpoint resolution at client creation: the S3 us-east-1
/// global endpoint, the STS global endpoint and endpoint discovery.
/// </summary>
public static partial class ClientConfigCalculator
{
    /// <summary>The regions whose <c>legacy</c> STS setting means the global <c>sts.amazonaws.com</c> endpoint.</summary>
    public static IReadOnlyList<string> LegacyGlobalStsRegions { get; } = new[]
    {
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1", "eu-central-1",
        "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    };

    /// <summary>
    /// botocore's <c>_should_force_s3_global</c>: S3 uses the global endpoint for <c>us-east-1</c> (or no region)
    /// unless <c>us_east_1_regional_endpoint</c> is <c>regional</c>.
    /// </summary>
    /// <exception cref="InvalidS3UsEast1RegionalEndpointConfigError">The setting is neither <c>legacy</c> nor <c>regional</c>.</exception>
    public static bool ShouldForceS3Global(string? regionName, IReadOnlyDictionary<string, object?>? s3Config)
    {
        object? setting = "legacy";
        if (s3Config is not null && s3Config.TryGetValue("us_east_1_regional_endpoint", out var configured))
        {
            setting = configured;
            if (setting is not ("legacy" or "regional"))
            {
                throw new InvalidS3UsEast1RegionalEndpointConfigError(Convert.ToString(setting, CultureInfo.InvariantCulture) ?? "None");
            }
        }
        return setting is "legacy" && regionName is null or "us-east-1";
    }

    /// <summary>botocore's <c>_get_sts_regional_endpoints_config</c>: the store value, empty meaning <c>regional</c>.</summary>
    /// <exception cref="InvalidSTSRegionalEndpointsConfigError">The value is neither <c>legacy</c> nor <c>regional</c>.</exception>
    public static string GetStsRegionalEndpoints(ConfigValueStore store)
    {
        object? value = store.GetConfigVariable("sts_regional_endpoints");
        if (value is null or "" or false)
        {
            value = "regional";
        }
        return value is "legacy" or "regional" ? (string)value
            : throw new InvalidSTSRegionalEndpointsConfigError(Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// botocore's <c>_should_set_global_sts_endpoint</c>: no explicit endpoint, no variant tags, <c>legacy</c>
    /// setting and a legacy global region.
    /// </summary>
    /// <exception cref="InvalidSTSRegionalEndpointsConfigError">The store value is invalid.</exception>
    public static bool ShouldUseGlobalStsEndpoint(string? regionName, string? endpointUrl, bool hasVariantTags, ConfigValueStore store)
    {
        if (!string.IsNullOrEmpty(endpointUrl) || hasVariantTags)
        {
            return false;
        }
        return GetStsRegionalEndpoints(store) == "legacy" && regionName is not null && LegacyGlobalStsRegions.Contains(regionName);
    }

    /// <summary>
    /// botocore's endpoint-discovery setting: client config first, then the store, normalised to <c>true</c>,
    /// <c>false</c> or <c>"auto"</c> (strings are trimmed and case-insensitive).
    /// </summary>
    /// <exception cref="InvalidEndpointDiscoveryConfigurationError">The value is not a boolean, a boolean string or <c>auto</c>.</exception>
    public static object ResolveEndpointDiscoveryEnabled(ClientConfig? config, ConfigValueStore store)
    {
        object? enabled = config?.EndpointDiscoveryEnabled ?? store.GetConfigVariable("endpoint_discovery_enabled");
        switch (enabled)
        {
            case bool flag:
                return flag;
            case string text:
                string normalized = PythonWhitespace.Strip(text).ToLowerInvariant();
                if (normalized == "auto")
                {
                    return normalized;
                }
                if (normalized is "true" or "false")
                {
                    return normalized == "true";
                }
                break;
        }
        throw new InvalidEndpointDiscoveryConfigurationError(Convert.ToString(enabled, CultureInfo.InvariantCulture) ?? "None");
    }
}
