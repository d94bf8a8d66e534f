using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>The individual rules of <see cref="ClientConfigCalculator"/>, each as botocore's <c>_compute_*</c>.</summary>
public static partial class ClientConfigCalculator
{
    // Config max_attempts counts retries, the store's counts attempts; both end as total_max_attempts.
    private static void ComputeRetries(Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        var retries = kwargs.GetValueOrDefault("retries") as Dictionary<string, object?>;
        if (retries is not null && retries.TryGetValue("max_attempts", out var retryCount))
        {
            // Rebuilt rather than edited in place so the key order stays botocore's (a removed slot would be reused).
            bool hasTotal = retries.ContainsKey("total_max_attempts");
            retries = retries.Where(p => p.Key != "max_attempts").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            if (!hasTotal)
            {
                retries["total_max_attempts"] = Converters.ToInt(retryCount) + 1;
            }
        }
        else if (retries is not null && retries.ContainsKey("total_max_attempts"))
        {
            // The config's own total wins over the store's max_attempts.
        }
        else if (store.GetConfigVariable("max_attempts") is { } total)
        {
            retries ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            retries["total_max_attempts"] = total;
        }
        retries ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!retries.ContainsKey("mode"))
        {
            retries["mode"] = store.GetConfigVariable("retry_mode") ?? "legacy";
        }
        kwargs["retries"] = retries;
    }

    private static void ComputeConnectTimeout(Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        if (kwargs.GetValueOrDefault("connect_timeout") is not null)
        {
            return;
        }
        object? fromStore = store.GetConfigVariable("connect_timeout");
        if (fromStore is not (null or false or 0L or 0.0 or 0 or ""))
        {
            kwargs["connect_timeout"] = fromStore;
        }
    }

    private static void ComputeCompression(Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        object? minSize = kwargs.GetValueOrDefault("request_min_compression_size_bytes") ?? store.GetConfigVariable("request_min_compression_size_bytes");
        long size;
        try
        {
            size = Converters.ToInt(minSize);
        }
        catch (InvalidConfigError)
        {
            throw new InvalidConfigError($"Invalid value \"{minSize}\" for request_min_compression_size_bytes. Value must be an integer. Received {PythonType(minSize)} instead.");
        }
        if (size < 1 || size > 1048576)
        {
            throw new InvalidConfigError($"Invalid value \"{minSize}\" for request_min_compression_size_bytes. Value must be between 1 and 1048576.");
        }
        kwargs["request_min_compression_size_bytes"] = size;
        object? disabled = kwargs.GetValueOrDefault("disable_request_compression");
        kwargs["disable_request_compression"] = disabled is null ? store.GetConfigVariable("disable_request_compression") : ConfigValues.Boxed(ConfigValues.EnsureBoolean(disabled));
    }

    private static void ComputeChecksum(Dictionary<string, object?> kwargs, ConfigValueStore store, string key, string featurePrefix, List<string> features)
    {
        object? value = kwargs.GetValueOrDefault(key) ?? store.GetConfigVariable(key);
        if (value is string text)
        {
            value = text.ToLowerInvariant();
        }
        if (value is not ("when_supported" or "when_required"))
        {
            throw new InvalidChecksumConfigError(key, "('when_supported', 'when_required')", Convert.ToString(value, CultureInfo.InvariantCulture) ?? "None");
        }
        features.Add(FeatureId(featurePrefix, (string)value));
        kwargs[key] = value;
    }

    // The four ids as literals: joining prefix and mode made two new strings per checksum option per client.
    private static string FeatureId(string prefix, string mode) => (prefix, mode) switch
    {
        ("FLEXIBLE_CHECKSUMS_REQ_", "when_supported") => "FLEXIBLE_CHECKSUMS_REQ_WHEN_SUPPORTED",
        ("FLEXIBLE_CHECKSUMS_REQ_", "when_required") => "FLEXIBLE_CHECKSUMS_REQ_WHEN_REQUIRED",
        ("FLEXIBLE_CHECKSUMS_RES_", "when_supported") => "FLEXIBLE_CHECKSUMS_RES_WHEN_SUPPORTED",
        ("FLEXIBLE_CHECKSUMS_RES_", "when_required") => "FLEXIBLE_CHECKSUMS_RES_WHEN_REQUIRED",
        _ => prefix + mode.ToUpperInvariant(),
    };

    // Unsigned clients never route by account id: there are no credentials to take it from.
    private static void ComputeAccountIdEndpointMode(Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        const string key = "account_id_endpoint_mode";
        if (ReferenceEquals(kwargs.GetValueOrDefault("signature_version"), ClientConfig.Unsigned))
        {
            kwargs[key] = "disabled";
            return;
        }
        object? mode = kwargs.GetValueOrDefault(key) ?? store.GetConfigVariable(key);
        if (mode is string text)
        {
            mode = text.ToLowerInvariant();
        }
        if (mode is not ("preferred" or "disabled" or "required"))
        {
            throw new InvalidConfigError($"The configured value '{Convert.ToString(mode, CultureInfo.InvariantCulture) ?? "None"}' for '{key}' is invalid. Valid values are: ('preferred', 'disabled', 'required').");
        }
        kwargs[key] = mode;
    }

    private static bool ComputeAuthSchemePreference(ClientConfig? clientConfig, Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        const string key = "auth_scheme_preference";
        bool inCode = !string.IsNullOrEmpty(clientConfig?.AuthSchemePreference);
        object? value = inCode ? clientConfig!.AuthSchemePreference : store.GetConfigVariable(key);
        if (value is null)
        {
            kwargs[key] = null;
            return false;
        }
        if (value is not string text)
        {
            throw new InvalidConfigError($"{key} must be a comma-delimited string. Received {PythonType(value)} instead: {value}.");
        }
        kwargs[key] = string.Join(",", text.Split(',').Where(item => PythonWhitespace.Strip(item).Length > 0)
            .Select(item => item.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal)));
        return inCode;
    }

    private static void ComputeS3DisableExpressSessionAuth(Dictionary<string, object?> kwargs, ConfigValueStore store)
    {
        const string key = "s3_disable_express_session_auth";
        object? value = kwargs.GetValueOrDefault(key) ?? store.GetConfigVariable(key);
        if (value is not null and not bool && !(value is string s && s.ToLowerInvariant() is "true" or "false"))
        {
            throw new InvalidConfigError($"Invalid value \"{value}\" for {key}. Value must be a boolean");
        }
        kwargs[key] = ConfigValues.Boxed(ConfigValues.EnsureBoolean(value));
    }

    private static string PythonType(object? value) => value switch
    {
        null => "<class 'NoneType'>",
        string => "<class 'str'>",
        bool => "<class 'bool'>",
        long or int => "<class 'int'>",
        double => "<class 'float'>",
        _ => $"<class '{value.GetType().Name}'>",
    };
}
