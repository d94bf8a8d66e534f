using BotoSharp.Errors;

namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>ConfiguredEndpointProvider</c>: a client's endpoint URL from <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// then <c>AWS_ENDPOINT_URL</c>, then the profile's <c>[services X]</c> section (<c>&lt;service&gt; = endpoint_url=…</c>),
/// then the profile's own <c>endpoint_url</c>. Empty values are skipped.
/// </summary>
/// <param name="fullConfig">The session's <c>FullConfig</c> (for the <c>services</c> sections).</param>
/// <param name="scopedConfig">The current profile.</param>
/// <param name="clientName">The name the client was created with (<c>s3</c>, <c>elbv2</c>…).</param>
/// <param name="environment">The environment map.</param>
public sealed class ConfiguredEndpointProvider(
    IReadOnlyDictionary<string, object?> fullConfig,
    IReadOnlyDictionary<string, object?> scopedConfig,
    string clientName,
    IReadOnlyDictionary<string, string> environment) : ConfigProvider
{
    /// <summary>The snake-case service id used in variable and config names (<c>elastic_load_balancing_v2</c>).</summary>
    public string ServiceKey { get; } = ConfiguredEndpointUrls.SnakeCaseServiceId(clientName);

    /// <inheritdoc/>
    /// <exception cref="InvalidConfigError">The profile names a <c>services</c> section that does not exist.</exception>
    public override object? Provide()
    {
        string? url = Env(_serviceVariable ??= ServiceVariable(ServiceKey));
        if (string.IsNullOrEmpty(url))
        {
            url = Env("AWS_ENDPOINT_URL");
        }
        if (string.IsNullOrEmpty(url))
        {
            url = ServicesSection().TryGetValue(ServiceKey.ToLowerInvariant(), out var service)
                && service is IReadOnlyDictionary<string, object?> map && map.TryGetValue("endpoint_url", out var value) ? value as string : null;
        }
        if (string.IsNullOrEmpty(url))
        {
            url = scopedConfig.TryGetValue("endpoint_url", out var global) ? global as string : null;
        }
        return string.IsNullOrEmpty(url) ? null : url;
    }

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new ConfiguredEndpointProvider(fullConfig, scopedConfig, clientName, environment);

    // The service's own variable name, made on the first lookup (a client with an explicit endpoint never asks).
    private string? _serviceVariable;

    // AWS_ENDPOINT_URL_<KEY> is a function of the key: remembered per process (bounded), not made by every client.
    private static readonly Caching.BoundedCache<string, string> s_serviceVariables = new(512, StringComparer.Ordinal);

    private static string ServiceVariable(string serviceKey)
    {
        if (s_serviceVariables.TryGetValue(serviceKey, out var known))
        {
            return known;
        }
        var name = "AWS_ENDPOINT_URL_" + serviceKey.ToUpperInvariant();
        s_serviceVariables.Remember(serviceKey, name);
        return name;
    }

    private string? Env(string name) => environment.TryGetValue(name, out var value) ? value : null;

    private IReadOnlyDictionary<string, object?> ServicesSection()
    {
        if (!scopedConfig.TryGetValue("services", out var nameValue))
        {
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;
        }
        string? name = nameValue as string;
        if (fullConfig.TryGetValue("services", out var all) && all is IReadOnlyDictionary<string, object?> sections
            && name is not null && sections.TryGetValue(name, out var section)
            && section is IReadOnlyDictionary<string, object?> { Count: > 0 } found)
        {
            return found;
        }
        throw new InvalidConfigError($"The profile is configured to use the services section but the \"{name}\" services configuration does not exist.");
    }
}
