using System.Globalization;
using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>Option names, value types and botocore's validation of <c>s3</c> and <c>retries</c>.</summary>
public sealed partial class ClientConfig
{
    private static readonly string[] s_optionNames =
    {
        "region_name", "signature_version", "user_agent", "user_agent_extra", "user_agent_appid", "connect_timeout",
        "read_timeout", "parameter_validation", "max_pool_connections", "proxies", "proxies_config", "s3",
        "s3_disable_express_session_auth", "retries", "client_cert", "inject_host_prefix", "endpoint_discovery_enabled",
        "use_dualstack_endpoint", "use_fips_endpoint", "ignore_configured_endpoint_urls", "defaults_mode", "tcp_keepalive",
        "request_min_compression_size_bytes", "disable_request_compression", "client_context_params",
        "sigv4a_signing_region_set", "request_checksum_calculation", "response_checksum_validation",
        "account_id_endpoint_mode", "auth_scheme_preference",
    };

    private static readonly Dictionary<string, Type> s_optionTypes = s_optionNames.ToDictionary(n => n, OptionType, StringComparer.Ordinal);

    private static Type OptionType(string name) => name switch
    {
        "connect_timeout" or "read_timeout" => typeof(double),
        "max_pool_connections" or "request_min_compression_size_bytes" => typeof(long),
        "parameter_validation" or "s3_disable_express_session_auth" or "inject_host_prefix" or "use_dualstack_endpoint"
            or "use_fips_endpoint" or "ignore_configured_endpoint_urls" or "tcp_keepalive" or "disable_request_compression" => typeof(bool),
        "proxies" => typeof(IReadOnlyDictionary<string, string>),
        "proxies_config" or "s3" or "retries" or "client_context_params" => typeof(IReadOnlyDictionary<string, object?>),
        "signature_version" or "client_cert" or "endpoint_discovery_enabled" => typeof(object),
        _ => typeof(string),
    };

    // Values set by name are normalised to the option's type (ints widen to long/double) or rejected.
    private static object? CheckType(string name, object? value, Type type)
    {
        if (value is null || type == typeof(object) || type.IsInstanceOfType(value))
        {
            return value;
        }
        if (type == typeof(double) && value is int or long or float)
        {
            return Convert.ToDouble(value, CultureInfo.InvariantCulture);
        }
        if (type == typeof(long) && value is int or short)
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        throw new ArgumentException($"Config option '{name}' expects {type.Name}, not {value.GetType().Name}", nameof(value));
    }

    private static void ValidateS3(IReadOnlyDictionary<string, object?>? s3)
    {
        if (s3 is not null && s3.TryGetValue("addressing_style", out var style) && style is not null
            && style is not ("virtual" or "auto" or "path"))
        {
            throw new InvalidS3AddressingStyleError(Convert.ToString(style, CultureInfo.InvariantCulture));
        }
    }

    private static void ValidateRetries(IReadOnlyDictionary<string, object?>? retries)
    {
        if (retries is null)
        {
            return;
        }
        foreach (var (key, value) in retries)
        {
            switch (key)
            {
                case "max_attempts":
                    RequireAtLeast(value, 0);
                    break;
                case "total_max_attempts":
                    RequireAtLeast(value, 1);
                    break;
                case "mode" when value is not ("legacy" or "standard" or "adaptive"):
                    throw new InvalidRetryModeError(Convert.ToString(value, CultureInfo.InvariantCulture), "('legacy', 'standard', 'adaptive')");
                case "mode":
                    break;
                default:
                    throw new InvalidRetryConfigurationError(key, "('max_attempts', 'mode', 'total_max_attempts')");
            }
        }
    }

    private static void RequireAtLeast(object? value, long minimum)
    {
        bool ok = value switch
        {
            int i => i >= minimum,
            long l => l >= minimum,
            _ => false,
        };
        if (!ok)
        {
            throw new InvalidMaxRetryAttemptsError(Convert.ToString(value, CultureInfo.InvariantCulture), minimum.ToString(CultureInfo.InvariantCulture));
        }
    }
}
