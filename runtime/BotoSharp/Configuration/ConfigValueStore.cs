namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>ConfigValueStore</c>: logical name → provider, plus explicit overrides that beat the provider.
/// The session owns one (component <c>config_store</c>); each client works on a <see cref="ShallowCopy"/>. The
/// session's default chains sit in a <see cref="LazyChainTable"/> under the mapping: a name set here shadows it.
/// </summary>
public sealed class ConfigValueStore
{
    // Made on the first override (few stores ever get one; every session and client has a store).
    private Dictionary<string, object?>? _overrides;
    private readonly Dictionary<string, ConfigProvider> _mapping;
    private readonly LazyChainTable? _defaults;

    /// <summary>Creates a store over a logical-name → provider mapping.</summary>
    public ConfigValueStore(IEnumerable<KeyValuePair<string, ConfigProvider>>? mapping = null)
    {
        _mapping = new Dictionary<string, ConfigProvider>(StringComparer.Ordinal);
        foreach (var (name, provider) in mapping ?? Array.Empty<KeyValuePair<string, ConfigProvider>>())
        {
            SetConfigProvider(name, provider);
        }
    }

    /// <summary>A store over the session's default chains, built per name on first lookup.</summary>
    internal ConfigValueStore(LazyChainTable defaults)
        : this(new Dictionary<string, ConfigProvider>(StringComparer.Ordinal), defaults)
    {
    }

    // Takes the dictionary as it is (a copy made by the caller).
    private ConfigValueStore(Dictionary<string, ConfigProvider> mapping, LazyChainTable? defaults)
    {
        _mapping = mapping;
        _defaults = defaults;
    }

    /// <summary>The logical names that have a provider (the default chains' first, in botocore's mapping order).</summary>
    public IEnumerable<string> LogicalNames => _defaults is null ? _mapping.Keys : _defaults.Names.Concat(_mapping.Keys.Where(n => !_defaults.Contains(n)));

    /// <summary>The override if one is set, else the provider's value, else null for an unknown name.</summary>
    public object? GetConfigVariable(string logicalName)
    {
        // The mapping's lookup threw this for every store; an empty or small mapping is no longer hashed.
        ArgumentNullException.ThrowIfNull(logicalName);
        if (_overrides is not null && _overrides.TryGetValue(logicalName, out var value))
        {
            return value;
        }
        if (_mapping.Count != 0 && TryGetMapped(logicalName, out var provider))
        {
            return provider.Provide();
        }
        // A default chain nobody asked for as a provider is read without being built.
        return _defaults?.Read(logicalName);
    }

    // Over the default chains a store usually maps a name or two (a client's endpoint_url): comparing them is
    // cheaper than hashing the name on each of a creation's ~30 reads. Ordinal either way, as the dictionary's comparer.
    private bool TryGetMapped(string logicalName, out ConfigProvider provider)
    {
        if (_mapping.Count > FewMapped)
        {
            return _mapping.TryGetValue(logicalName, out provider!);
        }
        foreach (var (name, mapped) in _mapping)
        {
            if (string.Equals(name, logicalName))
            {
                provider = mapped;
                return true;
            }
        }
        provider = null!;
        return false;
    }

    private const int FewMapped = 2;

    /// <summary>The provider of a name, or null when the name is unknown or overridden.</summary>
    public ConfigProvider? GetConfigProvider(string logicalName) =>
        _overrides?.ContainsKey(logicalName) == true ? null : Provider(logicalName);

    private ConfigProvider? Provider(string logicalName) =>
        _mapping.TryGetValue(logicalName, out var provider) ? provider : _defaults?.Get(logicalName);

    /// <summary>Sets an override that wins over the provider (a null override is returned as null).</summary>
    public void SetConfigVariable(string logicalName, object? value)
    {
        (_overrides ??= new Dictionary<string, object?>(StringComparer.Ordinal))[logicalName] = value;
        Revision++;
    }

    /// <summary>Removes an override.</summary>
    public void ClearConfigVariable(string logicalName)
    {
        _overrides?.Remove(logicalName);
        Revision++;
    }

    /// <summary>Replaces the provider of a name.</summary>
    public void SetConfigProvider(string logicalName, ConfigProvider provider)
    {
        _mapping[logicalName] = provider;
        Revision++;
    }

    private static readonly Dictionary<string, object?> s_noOverrides = new(StringComparer.Ordinal);

    /// <summary>A number that changes whenever an override or a provider is set or cleared on this store.</summary>
    internal int Revision { get; private set; }

    /// <summary>
    /// A copy with deep-copied providers and the same overrides (botocore's <c>deepcopy</c>), so changing the
    /// copy's providers never changes this store.
    /// </summary>
    public ConfigValueStore Copy()
    {
        var copy = new ConfigValueStore(LogicalNames.Select(name => new KeyValuePair<string, ConfigProvider>(name, Provider(name)!.DeepCopy())));
        foreach (var (name, value) in _overrides ?? s_noOverrides)
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
        var copy = new ConfigValueStore(new Dictionary<string, ConfigProvider>(_mapping, StringComparer.Ordinal), _defaults);
        foreach (var (name, value) in _overrides ?? s_noOverrides)
        {
            copy.SetConfigVariable(name, value);
        }
        return copy;
    }
}
