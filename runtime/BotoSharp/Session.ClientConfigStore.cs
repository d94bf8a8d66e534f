using BotoSharp.Configuration;
using BotoSharp.Errors;

namespace BotoSharp;

/// <summary>The per-client config store that <c>CreateClient</c> builds (botocore's create_client steps 7–9).</summary>
public partial class Session
{
    /// <summary>
    /// A copy of the session's <c>config_store</c> for one client: smart defaults merged for a non-legacy
    /// <c>defaults_mode</c>, and an <c>endpoint_url</c> provider for configured endpoint URLs of
    /// <paramref name="serviceName"/>.
    /// </summary>
    /// <exception cref="InvalidDefaultsMode">The defaults mode is not one of the known modes.</exception>
    /// <exception cref="ProfileNotFound">The configured profile does not exist.</exception>
    internal ConfigValueStore CreateClientConfigStore(string serviceName, ClientConfig? config, string? regionName)
    {
        var store = ConfigStore.ShallowCopy();
        string mode = ResolveDefaultsMode(config, store);
        if (mode != "legacy")
        {
            var factory = (SmartDefaultsConfigStoreFactory)GetInternalComponent("smart_defaults_factory")!;
            factory.MergeSmartDefaults(store, mode, regionName);
        }
        store.SetConfigProvider("endpoint_url", new ConfiguredEndpointProvider(FullConfig, GetScopedConfig(), serviceName, EnvironmentVariables));
        return store;
    }

    /// <summary>botocore's <c>_resolve_defaults_mode</c>: client config (if non-empty) → store, lower-cased, validated.</summary>
    /// <exception cref="InvalidDefaultsMode">The mode is not known.</exception>
    internal string ResolveDefaultsMode(ClientConfig? config, ConfigValueStore store)
    {
        string mode = store.GetConfigVariable("defaults_mode") as string ?? "legacy";
        if (!string.IsNullOrEmpty(config?.DefaultsMode))
        {
            mode = config.DefaultsMode;
        }
        string lower = mode.ToLowerInvariant();
        if (lower == "legacy")
        {
            // get_default_modes() always lists "legacy": the default mode is valid without reading the embedded
            // defaults document (its first parse is a cost of every cold process).
            return lower;
        }
        var modes = ((DefaultConfigResolver)GetInternalComponent("default_config_resolver")!).GetDefaultModes();
        return modes.Contains(lower) ? lower : throw new InvalidDefaultsMode(mode, string.Join(", ", modes));
    }
}
