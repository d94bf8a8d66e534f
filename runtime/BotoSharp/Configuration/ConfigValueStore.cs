namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>ConfigValueStore</c>: logical name → provider, plus explicit overrides that beat the provider.
/// The session owns one (component <c>config_store</c>); each client works on a <see cref="ShallowCopy"/>.
/// </summary>
public sealed class ConfigValueStore
{
    private readonly Dictionary<string, object?> _overrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConfigProvider> _mapping;

    /// <summary>Creates a store over a logical-name → provider mapping.</summary>
    public ConfigValueStore(IEnumerable<KeyValuePair<string, ConfigProvider>>? mapping = null)
    {
        _mapping = new Dictionary<string, ConfigProvider>(StringComparer.Ordinal);
        foreach (var (name, provider) in mapping ?? Array.Empty<KeyValuePair<string, ConfigProvider>>())
        {
            SetConfigProvider(name, provider);
        }
    }

    // Takes the dictionary as it is (a copy made by the caller).
    private ConfigValueStore(Dictionary<string, ConfigProvider> mapping) => _mapping = mapping;

    /// <summary>The logical names that have a provider.</summary>
    public IEnumerable<string> LogicalNames => _mapping.Keys;

    /// <summary>The override if one is set, else the provider's value, else null for an unknown name.</summary>
    public object? GetConfigVariable(string logicalName)
    {
        if (_overrides.TryGetValue(logicalName, out var value))
        {
            return value;
        }
        return _mapping.TryGetValue(logicalName, out var provider) ? provider.Provide() : null;
    }

    /// <summary>The provider of a name, or null when the name is unknown or overridden.</summary>
    public ConfigProvider? GetConfigProvider(string logicalName) =>
        _overrides.ContainsKey(logicalName) ? null : _mapping.GetValueOrDefault(logicalName);

    /// <summary>Sets an override that wins over the provider (a null override is returned as null).</summary>
    public void SetConfigVariable(string logicalName, object? value) => _overrides[logicalName] = value;

    /// <summary>Removes an override.</summary>
    public void ClearConfigVariable(string logicalName) => _overrides.Remove(logicalName);

    /// <summary>Replaces the provider of a name.</summary>
    public void SetConfigProvider(string logicalName, ConfigProvider provider) => _mapping[logicalName] = provider;

    /// <summary>
    /// A copy with deep-copied providers and the same overrides (botocore's <c>deepcopy</c>), so changing the
    /// copy's providers never changes this store.
    /// </summary>
    public ConfigValueStore Copy()
    {
        var copy = new ConfigValueStore(_mapping.Select(p => new KeyValuePair<string, ConfigProvider>(p.Key, p.Value.DeepCopy())));
        foreach (var (name, value) in _overrides)
        {
            copy.SetConfigVariable(name, value);
        }
        return copy;
    }

    /// <summary>
    /// botocore's <c>copy.copy</c>, which <c>create_client</c> takes of the session's store: a new mapping over the
    /// same provider objects, and the same overrides. Replacing a provider on either side does not reach the other;
    /// the smart-defaults merge replaces, never changes, the providers it touches.
    /// </summary>
    public ConfigValueStore ShallowCopy()
    {
        var copy = new ConfigValueStore(new Dictionary<string, ConfigProvider>(_mapping, StringComparer.Ordinal));
        foreach (var (name, value) in _overrides)
        {
            copy.SetConfigVariable(name, value);
        }
        return copy;
    }
}
