namespace BotoSharp.Configuration;

/// <summary>
/// One entry of botocore's session variable table, the 4-tuple <c>(config key(s), env var(s), default,
/// converter)</c>. Each becomes a chain instance variable → env vars → profile keys → default.
/// </summary>
public sealed class SessionVariable
{
    /// <summary>An entry with at most one profile key and one environment variable.</summary>
    /// <param name="configKey">The profile key, or null when the file is not consulted.</param>
    /// <param name="envVar">The environment variable, or null when the environment is not consulted.</param>
    /// <param name="defaultValue">The default, or null for none.</param>
    /// <param name="converter">Applied to the value found (default included), or null.</param>
    public SessionVariable(ConfigKey? configKey, string? envVar, object? defaultValue = null, Func<object?, object?>? converter = null)
        : this(configKey is { } key ? new[] { key } : null, envVar is null ? null : new[] { envVar }, defaultValue, converter)
    {
    }

    /// <summary>An entry with several profile keys and/or environment variables, asked in order.</summary>
    /// <param name="configKeys">The profile keys, or null when the file is not consulted.</param>
    /// <param name="envVars">The environment variables, or null when the environment is not consulted.</param>
    /// <param name="defaultValue">The default, or null for none.</param>
    /// <param name="converter">Applied to the value found (default included), or null.</param>
    public SessionVariable(IReadOnlyList<ConfigKey>? configKeys, IReadOnlyList<string>? envVars, object? defaultValue, Func<object?, object?>? converter)
    {
        ConfigKeys = configKeys;
        KeyArray = configKeys as ConfigKey[];
        EnvVars = envVars;
        EnvArray = envVars as string[];
        DefaultValue = defaultValue;
        Converter = converter;
    }

    /// <summary>The profile keys, first found wins; null when the file is not consulted.</summary>
    public IReadOnlyList<ConfigKey>? ConfigKeys { get; }

    /// <summary>
    /// <see cref="ConfigKeys"/> when it is an array (the same object, so still read live), which the config lookups
    /// walk directly: interface calls on an array of this struct go through generic framework code no ReadyToRun
    /// image holds (JIT-compiled by every process's first lookup). Null for any other list, read through the interface.
    /// </summary>
    internal ConfigKey[]? KeyArray { get; }

    /// <summary>The environment variables, first set wins; null when the environment is not consulted.</summary>
    public IReadOnlyList<string>? EnvVars { get; }

    /// <summary>
    /// <see cref="EnvVars"/> when it is an array (the same object, so still read live): a client creation reads some
    /// forty names, and an array indexed directly skips two interface calls per name. Null for any other list.
    /// </summary>
    internal string[]? EnvArray { get; }

    /// <summary>The default (converted like any other value), or null.</summary>
    public object? DefaultValue { get; }

    /// <summary>The conversion applied to the value found, or null.</summary>
    public Func<object?, object?>? Converter { get; }
}
