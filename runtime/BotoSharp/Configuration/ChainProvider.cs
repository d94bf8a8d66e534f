namespace BotoSharp.Configuration;

/// <summary>
/// botocore's <c>ChainProvider</c>: asks each provider in order and returns the first non-null value, passed
/// through the converter (the converter runs on defaults too, and its errors surface at lookup).
/// </summary>
public sealed class ChainProvider : ConfigProvider
{
    private readonly List<ConfigProvider> _providers;

    /// <summary>Creates a chain.</summary>
    /// <param name="providers">The providers, first asked first.</param>
    /// <param name="converter">Applied to the value found, or null to return it unchanged.</param>
    public ChainProvider(IEnumerable<ConfigProvider>? providers = null, Func<object?, object?>? converter = null)
    {
        _providers = providers?.ToList() ?? new List<ConfigProvider>();
        Converter = converter;
    }

    private ChainProvider(List<ConfigProvider> providers, Func<object?, object?>? converter)
    {
        _providers = providers;
        Converter = converter;
    }

    /// <summary>A chain that takes over <paramref name="providers"/> (a list nobody else holds) instead of copying it.</summary>
    internal static ChainProvider Over(List<ConfigProvider> providers, Func<object?, object?>? converter) => new(providers, converter);

    /// <summary>The providers in the order they are asked.</summary>
    public IReadOnlyList<ConfigProvider> Providers => _providers;

    /// <summary>The converter applied to the value found.</summary>
    public Func<object?, object?>? Converter { get; }

    /// <inheritdoc/>
    public override object? Provide()
    {
        foreach (var provider in _providers)
        {
            object? value = provider.Provide();
            if (value is not null)
            {
                return Converter is null ? value : Converter(value);
            }
        }
        return null;
    }

    /// <summary>
    /// The provider whose value <see cref="Provide"/> would return (the first non-null one), or null when none
    /// answers; it tells where a value came from (instance variable, environment, config file or default).
    /// </summary>
    public ConfigProvider? FindAnsweringProvider() => _providers.FirstOrDefault(p => p.Provide() is not null);

    /// <summary>
    /// botocore's <c>set_default_provider</c>: replaces a trailing <see cref="ConstantProvider"/> (the old default)
    /// or appends, so values the user configured still win over the new default.
    /// </summary>
    public void SetDefaultProvider(ConfigProvider defaultProvider)
    {
        if (_providers.Count > 0 && _providers[^1] is ConstantProvider)
        {
            _providers[^1] = defaultProvider;
        }
        else
        {
            _providers.Add(defaultProvider);
        }
    }

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new ChainProvider(_providers.Select(p => p.DeepCopy()), Converter);

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", _providers) + "]";
}
