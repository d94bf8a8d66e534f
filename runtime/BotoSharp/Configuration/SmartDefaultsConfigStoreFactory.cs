namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>SmartDefaultsConfigStoreFactory</c>: for a non-legacy <c>defaults_mode</c> it puts the mode's
/// values as the new trailing default of <c>retry_mode</c>, <c>sts_regional_endpoints</c>,
/// <c>s3.us_east_1_regional_endpoint</c> and <c>connect_timeout</c> (seconds) in a client's copied store, so
/// values the user configured still win.
/// </summary>
/// <param name="resolver">The defaults file.</param>
/// <param name="environment">The environment (for <c>auto</c>: <c>AWS_EXECUTION_ENV</c>, <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>).</param>
/// <param name="imdsRegionProvider">
/// Gives the EC2 instance's region for <c>auto</c> mode, or null when instance metadata is not consulted
/// (then <c>auto</c> outside a known execution environment resolves to <c>standard</c>).
/// </param>
public sealed class SmartDefaultsConfigStoreFactory(DefaultConfigResolver resolver, IReadOnlyDictionary<string, string> environment, Func<string?>? imdsRegionProvider = null)
{
    private string? _instanceMetadataRegion;

    /// <summary>Applies the values of <paramref name="mode"/> (resolving <c>auto</c> first) to <paramref name="store"/>.</summary>
    public void MergeSmartDefaults(ConfigValueStore store, string mode, string? regionName)
    {
        if (mode == "auto")
        {
            mode = ResolveAutoMode(regionName);
        }
        foreach (var (name, value) in resolver.GetDefaultConfigValues(mode))
        {
            switch (name)
            {
                case "retryMode":
                    UpdateProvider(store, "retry_mode", value);
                    break;
                case "stsRegionalEndpoints":
                    UpdateProvider(store, "sts_regional_endpoints", value);
                    break;
                case "s3UsEast1RegionalEndpoints":
                    UpdateSectionProvider(store, "s3", "us_east_1_regional_endpoint", value);
                    break;
                case "connectTimeoutInMillis":
                    UpdateProvider(store, "connect_timeout", Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) / 1000);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>auto</c> → <c>in-region</c> when the current region (execution environment, else instance metadata)
    /// equals the client's, <c>cross-region</c> when it differs, <c>standard</c> when unknown.
    /// </summary>
    public string ResolveAutoMode(string? regionName)
    {
        string? current = null;
        if (environment.TryGetValue("AWS_EXECUTION_ENV", out var executionEnv) && executionEnv.Length > 0)
        {
            current = environment.TryGetValue("AWS_REGION", out var region) ? region
                : environment.TryGetValue("AWS_DEFAULT_REGION", out var defaultRegion) ? defaultRegion : null;
        }
        if (string.IsNullOrEmpty(current))
        {
            current = _instanceMetadataRegion ??= TryImdsRegion();
        }
        if (string.IsNullOrEmpty(current))
        {
            return "standard";
        }
        return regionName == current ? "in-region" : "cross-region";
    }

    private string? TryImdsRegion()
    {
        try
        {
            return imdsRegionProvider?.Invoke();
        }
        catch (Exception)
        {
            // botocore ignores any failure to reach instance metadata here.
            return null;
        }
    }

    private static void UpdateProvider(ConfigValueStore store, string name, object? value)
    {
        ConfigProvider replacement = new ConstantProvider(value);
        var original = store.GetConfigProvider(name);
        if (original is ChainProvider chain)
        {
            var copy = (ChainProvider)chain.DeepCopy();
            copy.SetDefaultProvider(replacement);
            replacement = copy;
        }
        else if (original is not null)
        {
            replacement = new ChainProvider(new[] { original, replacement });
        }
        store.SetConfigProvider(name, replacement);
    }

    private static void UpdateSectionProvider(ConfigValueStore store, string section, string key, object? value)
    {
        if (store.GetConfigProvider(section)?.DeepCopy() is SectionConfigProvider copy)
        {
            copy.SetDefaultProvider(key, new ConstantProvider(value));
            store.SetConfigProvider(section, copy);
        }
    }
}
