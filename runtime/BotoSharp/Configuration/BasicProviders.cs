namespace BotoSharp.Configuration;

/// <summary>botocore's <c>ConstantProvider</c>: always the same value (a default).</summary>
/// <param name="value">The value; null means the provider never answers.</param>
public sealed class ConstantProvider(object? value) : ConfigProvider
{
    /// <summary>The constant.</summary>
    public object? Value { get; } = value;

    /// <inheritdoc/>
    public override object? Provide() => Value;

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new ConstantProvider(ConfigValues.DeepCopy(Value));

    /// <inheritdoc/>
    public override string ToString() => $"ConstantProvider(value={Value})";
}

/// <summary>botocore's <c>EnvironmentProvider</c>: one environment variable, read at each lookup.</summary>
/// <param name="name">The variable name (case-sensitive).</param>
/// <param name="environment">The environment map the session reads.</param>
public sealed class EnvironmentProvider(string name, IReadOnlyDictionary<string, string> environment) : ConfigProvider
{
    /// <summary>The variable name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public override object? Provide() => environment.TryGetValue(Name, out var value) ? value : null;

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new EnvironmentProvider(Name, environment);

    /// <inheritdoc/>
    public override string ToString() => $"EnvironmentProvider(name={Name})";
}

/// <summary>botocore's <c>InstanceVarProvider</c>: a session instance variable (set with <c>SetConfigVariable</c>).</summary>
/// <param name="name">The instance variable name.</param>
/// <param name="source">The session.</param>
public sealed class InstanceVarProvider(string name, IConfigSource source) : ConfigProvider
{
    /// <summary>The instance variable name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public override object? Provide() => source.InstanceVariables().TryGetValue(Name, out var value) ? value : null;

    /// <inheritdoc/>
    public override ConfigProvider DeepCopy() => new InstanceVarProvider(Name, source);

    /// <inheritdoc/>
    public override string ToString() => $"InstanceVarProvider(instance_var={Name})";
}

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
