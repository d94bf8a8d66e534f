namespace BotoSharp.Configuration;

/// <summary>botocore's <c>ScopedConfigProvider</c>: a key of the current profile (or of a nested sub-section).</summary>
/// <param name="key">The profile key.</param>
/// <param name="source">The session.</param>
public sealed class ScopedConfigProvider(ConfigKey key, IConfigSource source) : ConfigProvider
{
    /// <summary>The profile key.</summary>
    public ConfigKey Key { get; } = key;

    /// <inheritdoc/>
    public override object? Provide() => Key.ReadFrom(source.GetScopedConfig());

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new ScopedConfigProvider(Key, source);

    /// <inheritdoc/>
    public override string ToString() => $"ScopedConfigProvider(config_var_name={Key})";
}
