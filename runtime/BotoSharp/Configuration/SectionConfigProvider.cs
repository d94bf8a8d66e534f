namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>SectionConfigProvider</c> (used for <c>s3</c> and <c>proxies_config</c>): the profile's nested
/// section as a dictionary, with each override key replaced by its own chain's value when that is non-null.
/// A section value that is not a dictionary is ignored. The overrides are written into the profile's own
/// dictionary, as botocore writes them: after a lookup, <c>GetScopedConfig()["s3"]</c> shows the converted values.
/// </summary>
public sealed class SectionConfigProvider : ConfigProvider
{
    private readonly ScopedConfigProvider _section;
    private readonly IConfigSource _source;
    private readonly Dictionary<string, ConfigProvider> _overrides;

    /// <summary>Creates the provider.</summary>
    /// <param name="sectionName">The profile key holding the nested section.</param>
    /// <param name="source">The session.</param>
    /// <param name="overrides">Per-key providers whose values replace the file's.</param>
    public SectionConfigProvider(string sectionName, IConfigSource source, IReadOnlyDictionary<string, ConfigProvider>? overrides = null)
    {
        SectionName = sectionName;
        _source = source;
        _section = new ScopedConfigProvider(sectionName, source);
        _overrides = overrides?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, ConfigProvider>(StringComparer.Ordinal);
    }

    /// <summary>The profile key holding the nested section.</summary>
    public string SectionName { get; }

    /// <summary>The override providers by key.</summary>
    public IReadOnlyDictionary<string, ConfigProvider> Overrides => _overrides;

    /// <inheritdoc/>
    public override object? Provide() => Compose(_section.Provide(), _overrides, static (_, provider) => provider.Provide());

    /// <summary>
    /// The section's value from its raw profile value and the override values, each read in order by
    /// <paramref name="valueOf"/> (a provider here; a lazy table reads the same sources without building one).
    /// </summary>
    internal static object? Compose<T>(object? raw, IEnumerable<KeyValuePair<string, T>> overrides, Func<string, T, object?> valueOf)
    {
        if (raw is string { Length: > 0 } || (raw is not null and not string and not IReadOnlyDictionary<string, object?>))
        {
            return null;
        }
        // The profile's own dictionary when it is one (botocore mutates it); a read-only section is copied.
        var section = raw as Dictionary<string, object?> ?? (raw is IReadOnlyDictionary<string, object?> map ? ConfigValues.CopyMap(map) : null);
        foreach (var (key, source) in overrides)
        {
            object? value = valueOf(key, source);
            if (value is not null)
            {
                section ??= new Dictionary<string, object?>(StringComparer.Ordinal);
                section[key] = value;
            }
        }
        // An empty string is falsy to botocore, so it passes through when nothing overrides it.
        return (object?)section ?? (raw is "" ? string.Empty : null);
    }

    /// <summary>
    /// botocore's <c>set_default_provider(key, provider)</c>: sets the default at the end of one override chain
    /// (smart defaults use this for <c>s3.us_east_1_regional_endpoint</c>).
    /// </summary>
    public void SetDefaultProvider(string key, ConfigProvider defaultProvider)
    {
        _overrides.TryGetValue(key, out var existing);
        if (existing is ChainProvider chain)
        {
            chain.SetDefaultProvider(defaultProvider);
            return;
        }
        _overrides[key] = existing is null ? defaultProvider : new ChainProvider(new[] { existing, defaultProvider });
    }

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() =>
        new SectionConfigProvider(SectionName, _source, _overrides.ToDictionary(p => p.Key, p => p.Value.DeepCopy(), StringComparer.Ordinal));
}
